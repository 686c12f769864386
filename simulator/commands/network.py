"""`samsim network` and `samsim locate`: travel times, accessibility, the coordination graph
and where to put a legevakt."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import networkx as nx
import typer
from rich.table import Table
from rich.text import Text

from simulator.commands.common import console, errors, load_or_exit, refuse, translator
from simulator.commands.output import Format as OutputFormat
from simulator.commands.output import FormatOption, LangOption, show_tables
from simulator.errors import WordedError
from simulator.network.accessibility import (
    NATIONAL_BEYOND_2011,
    THRESHOLDS_MINUTES,
    AccessSummary,
    Service,
    SettlementAccess,
    by_municipality,
    settlement_access,
    summarise,
)
from simulator.network.coordination import coordination_graph
from simulator.network.coordination_metrics import (
    GraphMetrics,
    bridges,
    graph_metrics,
    kommuneoverlege_distances,
)
from simulator.network.coordination_metrics import by_municipality as graph_by_municipality
from simulator.network.export import Format, export
from simulator.network.location import Location, Objective, SolverError, demand, locate
from simulator.network.travel import TravelNetwork
from simulator.report.i18n import Translator
from simulator.scenario.geography import PlaceKind
from simulator.scenario.model import Scenario

File = Annotated[
    Path | None, typer.Argument(help="Scenario YAML file; default: the embedded demo.")
]


MATRIX_PLACES = 12  # wider tables do not fit a terminal


class Graph(StrEnum):
    coordination = "coordination"
    travel = "travel"


def register(app: typer.Typer) -> None:
    app.command()(network)
    app.command(name="locate")(locate_command)


def network(
    file: File = None,
    export_format: Annotated[
        Format | None, typer.Option("--export", help="Also write the graph in this format.")
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(help="File for --export; default: <scenario id>-<graph>.<format>."),
    ] = None,
    graph: Annotated[Graph, typer.Option(help="The graph to export.")] = Graph.coordination,
    top: Annotated[int, typer.Option(help="Bridging physicians to list.", min=1)] = 10,
    format: FormatOption = OutputFormat.table,
    lang: LangOption = None,
) -> None:
    """Travel times, branch-office distances, accessibility, coordination metrics and who
    bridges whom."""
    scenario = load_or_exit(file, lang)
    t = translator(lang, scenario)
    with _explained(t):
        travel = TravelNetwork.from_scenario(scenario)
        coordination = coordination_graph(scenario)
        tables = _network_tables(scenario, travel, coordination, top, t)
        show_tables([table for table in tables if table.row_count], format)
        if export_format is not None:
            chosen = coordination if graph is Graph.coordination else travel.graph
            path = output or Path(f"{scenario.scenario.id}-{graph}.{export_format}")
            _export(chosen, path, export_format, t)


def locate_command(
    file: File = None,
    k: Annotated[int, typer.Option("--k", help="Number of stations.", min=1)] = 1,
    candidates: Annotated[
        str, typer.Option(help="Candidate places, comma-separated place ids.")
    ] = "",
    objective: Annotated[Objective, typer.Option(help="median or cover.")] = Objective.median,
    within: Annotated[
        float | None, typer.Option(help="Minutes for --objective cover.", min=0)
    ] = None,
    format: FormatOption = OutputFormat.table,
    lang: LangOption = None,
) -> None:
    """Choose k legevakt stations among candidate places (exact MILP) and assign each
    municipality to one."""
    scenario = load_or_exit(file, lang)
    t = translator(lang, scenario)
    places = [c.strip() for c in candidates.split(",") if c.strip()]
    with _explained(t):
        travel = TravelNetwork.from_scenario(scenario)
        result = locate(demand(scenario, travel, places), places, k, objective, within)
        show_tables(_location_tables(scenario, result, t), format)
        if scenario.legevakt and format is OutputFormat.table:
            console.print(_current_plan(scenario, travel, t), markup=False)


def _export(graph: nx.Graph, path: Path, export_format: Format, t: Translator) -> None:
    try:
        export(graph, path, export_format)
    except OSError as error:
        refuse(t, t("net.cannot_write", path=path, reason=error.strerror or error))
    console.print(t("net.wrote", path=path), markup=False)


@contextmanager
def _explained(t: Translator) -> Iterator[None]:
    """Turn a problem with the plan or the request (ValueError) into a message and exit 2,
    in the language of `t` where the library says it in sentences, and a solver that fails
    into a message and exit 1."""
    try:
        yield
    except WordedError as error:
        refuse(t, *(t.said(s) for s in error.sentences))
    except ValueError as error:
        refuse(t, str(error))
    except SolverError as error:
        errors.print(t("cli.error", message=t.said(error.sentence)), markup=False, soft_wrap=True)
        raise typer.Exit(1) from None


# samsim network ------------------------------------------------------------------------


def _network_tables(
    scenario: Scenario,
    travel: TravelNetwork,
    coordination: nx.MultiGraph,
    top: int,
    t: Translator,
) -> list[Table]:
    rows = settlement_access(scenario, travel)
    return [
        _travel_matrix(scenario, travel, t),
        _branch_distances(scenario, travel, t),
        _accessibility(scenario, rows, t),
        _coordination(coordination, t),
        _bridges(coordination, top, t),
        _kol_distances(scenario, coordination, t),
    ]


def _table(title: str, *columns: str, text: int = 1) -> Table:
    """A table whose first `text` columns are text and the rest numbers; titles and column
    names are text, never console markup."""
    table = Table(title=Text(title), title_justify="left")
    for index, column in enumerate(columns):
        table.add_column(Text(column), justify="left" if index < text else "right")
    return table


def _columns(t: Translator, names: str) -> list[str]:
    """The headers `net.col.NAME` of the space-separated `names`."""
    return [t(f"net.col.{name}") for name in names.split()]


def _key_places(scenario: Scenario) -> list[str]:
    """Offices, legevakt stations and hospitals, in scenario order, without repeats."""
    hospitals = [p.id for p in scenario.places if p.kind is PlaceKind.hospital]
    chosen = [o.place for o in scenario.offices] + [lv.station for lv in scenario.legevakt]
    return list(dict.fromkeys(chosen + hospitals))


def _travel_matrix(scenario: Scenario, travel: TravelNetwork, t: Translator) -> Table:
    key = _key_places(scenario)
    places = key[:MATRIX_PLACES]
    minutes, km = travel.matrix(places)
    names = scenario.by_id("places")
    title = t("net.matrix_title")
    if len(key) > len(places):
        title += t("net.matrix_more", shown=len(places), total=len(key))
    table = _table(title, t("net.from_to"))
    for place in places:
        table.add_column(Text(names[place].name), justify="right")
    for i, place in enumerate(places):
        cells = [f"{minutes[i, j]:.0f} ({km[i, j]:.0f})" for j in range(len(places))]
        table.add_row(names[place].name, *cells)
    return table


def _branch_distances(scenario: Scenario, travel: TravelNetwork, t: Translator) -> Table:
    offices = scenario.by_id("offices")
    columns = _columns(t, "branch_office main_office minutes km gp_days")
    table = _table(t("net.branch_title"), *columns, text=2)
    for office in scenario.offices:
        if office.branch_of is None:
            continue
        main = offices[office.branch_of]
        days = sum(
            len(b.days) for p in scenario.physicians for b in p.branch_days if b.office == office.id
        )
        table.add_row(
            office.name,
            main.name,
            f"{travel.minutes(main.place, office.place):.0f}",
            f"{travel.km(main.place, office.place):.0f}",
            str(days),
        )
    return table


def _accessibility(scenario: Scenario, rows: list[SettlementAccess], t: Translator) -> Table:
    names = {m.id: m.name for m in scenario.municipalities}
    beyond = [t("net.col.beyond", minutes=f"{m:.0f}") for m in THRESHOLDS_MINUTES]
    columns = _columns(t, "municipality population legevakt")
    table = _table(t("net.access_title"), *columns, *beyond, *_columns(t, "gp_office hospital"))
    for municipality, summary in by_municipality(rows).items():
        table.add_row(names[municipality], *_access_cells(summary, t))
    table.add_row(t("net.all"), *_access_cells(summarise(rows), t), end_section=True)
    national = [_percent(NATIONAL_BEYOND_2011[m], t) for m in THRESHOLDS_MINUTES]
    table.add_row(t("net.national"), "", "", *national, "", "")
    return table


def _percent(share: float, t: Translator) -> str:
    return f"{t.number(100 * share, 0)} %"


def _access_cells(summary: AccessSummary, t: Translator) -> list[str]:
    def minutes(service: Service) -> str:
        value = summary.mean_minutes[service]
        return t("net.none") if value is None else t.number(value, 0)

    beyond = [
        "–" if summary.beyond[m] is None else _percent(summary.beyond[m], t)
        for m in THRESHOLDS_MINUTES
    ]
    return [
        t.number(summary.population, 0),
        minutes(Service.legevakt),
        *beyond,
        minutes(Service.gp_office),
        minutes(Service.hospital),
    ]


def _coordination(graph: nx.MultiGraph, t: Translator) -> Table:
    columns = "part nodes ties density components hierarchy cooperation coordination collaboration"
    table = _table(t("net.coordination_title"), *_columns(t, columns))
    table.add_row(t("net.all"), *_metric_cells(graph_metrics(graph), t), end_section=True)
    for municipality, metrics in graph_by_municipality(graph).items():
        label = graph.nodes[f"municipality:{municipality}"]["label"]
        table.add_row(label, *_metric_cells(metrics, t))
    return table


def _metric_cells(metrics: GraphMetrics, t: Translator) -> list[str]:
    relations = [
        str(metrics.relations.get(r, 0))
        for r in ("hierarchy", "cooperation", "coordination", "collaboration")
    ]
    return [
        str(metrics.nodes),
        str(metrics.ties),
        t.number(metrics.density, 3),
        str(metrics.components),
        *relations,
    ]


def _bridges(graph: nx.MultiGraph, top: int, t: Translator) -> Table:
    found = bridges(graph)
    names = {
        data["municipalities"][0]: data["label"]
        for _, data in graph.nodes(data=True)
        if data["kind"] == "municipality"
    }
    title = t("net.bridges_title")
    if len(found) > top:
        title += t("net.bridges_more", top=top, total=len(found))
    columns = _columns(t, "physician municipality joins betweenness cut_vertex")
    table = _table(title, *columns, text=3)
    for bridge in found[:top]:
        table.add_row(
            bridge.label,
            ", ".join(names[m] for m in bridge.municipalities),
            ", ".join(bridge.ties),
            t.number(bridge.betweenness, 3),
            t("net.yes") if bridge.cut_vertex else "",
        )
    return table


def _kol_distances(scenario: Scenario, graph: nx.MultiGraph, t: Translator) -> Table:
    """Per municipality: ties from its GPs to the nearest holder of its KOL role."""
    names = {m.id: m.name for m in scenario.municipalities}
    columns = _columns(t, "municipality gps mean_ties most_ties unreached")
    table = _table(t("net.kol_title"), *columns)
    groups: dict[str, list[int | None]] = {}
    for distance in kommuneoverlege_distances(scenario, graph):
        groups.setdefault(distance.municipality, []).append(distance.hops)
    for municipality, hops in groups.items():
        reached = [h for h in hops if h is not None]
        table.add_row(
            names[municipality],
            str(len(hops)),
            t.number(sum(reached) / len(reached), 1) if reached else "–",
            str(max(reached)) if reached else "–",
            str(len(hops) - len(reached)),
        )
    return table


# samsim locate ---------------------------------------------------------------------------


def _location_tables(scenario: Scenario, result: Location, t: Translator) -> list[Table]:
    names = scenario.by_id("places")
    municipalities = {m.id: m.name for m in scenario.municipalities}
    columns = _columns(t, "station municipalities population")
    stations = _table(t("net.stations_title"), *columns, text=2)
    for station in result.stations:
        served = [a for a in result.assigned if a.station == station]
        stations.add_row(
            names[station].name,
            ", ".join(municipalities[a.municipality] for a in served),
            t.number(sum(a.population for a in served), 0),
        )
    within = [t("net.col.within", minutes=f"{m:.0f}") for m in THRESHOLDS_MINUTES]
    columns = _columns(t, "municipality station population mean_minutes")
    assignment = _table(t("net.assignment_title"), *columns, *within, text=2)
    for a in result.assigned:
        shares = [_share(a.within[m], a.population, t) for m in THRESHOLDS_MINUTES]
        assignment.add_row(
            municipalities[a.municipality],
            names[a.station].name,
            t.number(a.population, 0),
            t.number(a.mean_minutes, 0),
            *shares,
        )
    shares = [_share(result.within[m], result.population, t) for m in THRESHOLDS_MINUTES]
    assignment.add_row(
        t("net.all"),
        "",
        t.number(result.population, 0),
        t.number(result.mean_minutes, 0),
        *shares,
        end_section=True,
    )
    return [stations, assignment]


def _share(part: float, whole: float, t: Translator) -> str:
    return f"{t.number(part, 0)} ({_percent(part / whole, t)})" if whole > 0 else "–"


def _current_plan(scenario: Scenario, travel: TravelNetwork, t: Translator) -> str:
    summary = summarise(settlement_access(scenario, travel))
    mean = summary.mean_minutes[Service.legevakt]
    beyond = ", ".join(
        t("net.beyond", share=_percent(summary.beyond[m], t), minutes=f"{m:.0f}")
        for m in THRESHOLDS_MINUTES
        if summary.beyond[m] is not None
    )
    if mean is None:
        return t("net.current_none")
    return t("net.current", mean=t.number(mean, 0), beyond=beyond)
