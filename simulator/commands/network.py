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

from simulator.commands.common import EXIT_INVALID, console, errors, load_or_exit
from simulator.commands.output import Format as OutputFormat
from simulator.commands.output import FormatOption, show_tables
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
) -> None:
    """Travel times, branch-office distances, accessibility, coordination metrics and who
    bridges whom."""
    scenario = load_or_exit(file)
    with _explained():
        travel = TravelNetwork.from_scenario(scenario)
        coordination = coordination_graph(scenario)
        tables = _network_tables(scenario, travel, coordination, top)
        show_tables([table for table in tables if table.row_count], format)
        if export_format is not None:
            chosen = coordination if graph is Graph.coordination else travel.graph
            path = output or Path(f"{scenario.scenario.id}-{graph}.{export_format}")
            _export(chosen, path, export_format)


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
) -> None:
    """Choose k legevakt stations among candidate places (exact MILP) and assign each
    municipality to one."""
    scenario = load_or_exit(file)
    places = [c.strip() for c in candidates.split(",") if c.strip()]
    with _explained():
        travel = TravelNetwork.from_scenario(scenario)
        result = locate(demand(scenario, travel, places), places, k, objective, within)
        show_tables(_location_tables(scenario, result), format)
        if scenario.legevakt and format is OutputFormat.table:
            console.print(_current_plan(scenario, travel))


def _export(graph: nx.Graph, path: Path, export_format: Format) -> None:
    try:
        export(graph, path, export_format)
    except OSError as error:
        raise ValueError(f"cannot write {path}: {error.strerror or error}") from None
    console.print(f"wrote {path}")


@contextmanager
def _explained() -> Iterator[None]:
    """Turn a problem with the plan or the request (ValueError) into a message and exit 2,
    and a solver that fails into a message and exit 1."""
    try:
        yield
    except ValueError as error:
        errors.print(f"error: {error}", markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_INVALID) from None
    except SolverError as error:
        errors.print(f"error: {error}", markup=False, soft_wrap=True)
        raise typer.Exit(1) from None


# samsim network ------------------------------------------------------------------------


def _network_tables(
    scenario: Scenario, travel: TravelNetwork, coordination: nx.MultiGraph, top: int
) -> list[Table]:
    rows = settlement_access(scenario, travel)
    return [
        _travel_matrix(scenario, travel),
        _branch_distances(scenario, travel),
        _accessibility(scenario, rows),
        _coordination(coordination),
        _bridges(coordination, top),
        _kol_distances(scenario, coordination),
    ]


def _table(title: str, *columns: str, text: int = 1) -> Table:
    """A table whose first `text` columns are text and the rest numbers."""
    table = Table(title=title, title_justify="left")
    for index, column in enumerate(columns):
        table.add_column(column, justify="left" if index < text else "right")
    return table


def _key_places(scenario: Scenario) -> list[str]:
    """Offices, legevakt stations and hospitals, in scenario order, without repeats."""
    hospitals = [p.id for p in scenario.places if p.kind is PlaceKind.hospital]
    chosen = [o.place for o in scenario.offices] + [lv.station for lv in scenario.legevakt]
    return list(dict.fromkeys(chosen + hospitals))


def _travel_matrix(scenario: Scenario, travel: TravelNetwork) -> Table:
    key = _key_places(scenario)
    places = key[:MATRIX_PLACES]
    minutes, km = travel.matrix(places)
    names = scenario.by_id("places")
    title = "Travel minutes (km) between offices, legevakt and hospitals"
    if len(key) > len(places):
        title += f" (the first {len(places)} of {len(key)}; --export --graph travel for all)"
    table = _table(title, "from \\ to")
    for place in places:
        table.add_column(names[place].name, justify="right")
    for i, place in enumerate(places):
        cells = [f"{minutes[i, j]:.0f} ({km[i, j]:.0f})" for j in range(len(places))]
        table.add_row(names[place].name, *cells)
    return table


def _branch_distances(scenario: Scenario, travel: TravelNetwork) -> Table:
    offices = scenario.by_id("offices")
    table = _table(
        "Branch offices", "branch office", "main office", "minutes", "km", "GP days/week", text=2
    )
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


def _accessibility(scenario: Scenario, rows: list[SettlementAccess]) -> Table:
    names = {m.id: m.name for m in scenario.municipalities}
    table = _table(
        "Accessibility (population-weighted minutes)",
        "municipality",
        "population",
        "legevakt",
        "> 40 min",
        "> 60 min",
        "GP office",
        "hospital",
    )
    for municipality, summary in by_municipality(rows).items():
        table.add_row(names[municipality], *_access_cells(summary))
    table.add_row("all", *_access_cells(summarise(rows)), end_section=True)
    national = [f"{NATIONAL_BEYOND_2011[t]:.0%}" for t in THRESHOLDS_MINUTES]
    table.add_row("Norway 2011 (S65)", "", "", *national, "", "")
    return table


def _access_cells(summary: AccessSummary) -> list[str]:
    def minutes(service: Service) -> str:
        value = summary.mean_minutes[service]
        return "none" if value is None else f"{value:.0f}"

    beyond = [
        "–" if summary.beyond[t] is None else f"{summary.beyond[t]:.0%}" for t in THRESHOLDS_MINUTES
    ]
    return [
        f"{summary.population:,.0f}",
        minutes(Service.legevakt),
        *beyond,
        minutes(Service.gp_office),
        minutes(Service.hospital),
    ]


def _coordination(graph: nx.MultiGraph) -> Table:
    table = _table(
        "Coordination graph",
        "part",
        "nodes",
        "ties",
        "density",
        "components",
        "hierarchy",
        "cooperation",
        "coordination",
        "collaboration",
    )
    table.add_row("all", *_metric_cells(graph_metrics(graph)), end_section=True)
    for municipality, metrics in graph_by_municipality(graph).items():
        table.add_row(graph.nodes[f"municipality:{municipality}"]["label"], *_metric_cells(metrics))
    return table


def _metric_cells(metrics: GraphMetrics) -> list[str]:
    relations = [
        str(metrics.relations.get(r, 0))
        for r in ("hierarchy", "cooperation", "coordination", "collaboration")
    ]
    return [
        str(metrics.nodes),
        str(metrics.ties),
        f"{metrics.density:.3f}",
        str(metrics.components),
        *relations,
    ]


def _bridges(graph: nx.MultiGraph, top: int) -> Table:
    found = bridges(graph)
    names = {
        data["municipalities"][0]: data["label"]
        for _, data in graph.nodes(data=True)
        if data["kind"] == "municipality"
    }
    title = "Who bridges whom"
    if len(found) > top:
        title += f" (the {top} highest of {len(found)} physicians; --top for more)"
    table = _table(title, "physician", "municipality", "joins", "betweenness", "cut vertex", text=3)
    for bridge in found[:top]:
        table.add_row(
            bridge.label,
            ", ".join(names[m] for m in bridge.municipalities),
            ", ".join(bridge.ties),
            f"{bridge.betweenness:.3f}",
            "yes" if bridge.cut_vertex else "",
        )
    return table


def _kol_distances(scenario: Scenario, graph: nx.MultiGraph) -> Table:
    """Per municipality: ties from its GPs to the nearest holder of its KOL role."""
    names = {m.id: m.name for m in scenario.municipalities}
    table = _table(
        "Ties from each GP to the kommuneoverlege",
        "municipality",
        "GPs",
        "mean ties",
        "most ties",
        "no kommuneoverlege reached",
    )
    groups: dict[str, list[int | None]] = {}
    for distance in kommuneoverlege_distances(scenario, graph):
        groups.setdefault(distance.municipality, []).append(distance.hops)
    for municipality, hops in groups.items():
        reached = [h for h in hops if h is not None]
        table.add_row(
            names[municipality],
            str(len(hops)),
            f"{sum(reached) / len(reached):.1f}" if reached else "–",
            str(max(reached)) if reached else "–",
            str(len(hops) - len(reached)),
        )
    return table


# samsim locate ---------------------------------------------------------------------------


def _location_tables(scenario: Scenario, result: Location) -> list[Table]:
    names = scenario.by_id("places")
    municipalities = {m.id: m.name for m in scenario.municipalities}
    stations = _table("Chosen stations", "station", "municipalities", "population", text=2)
    for station in result.stations:
        served = [a for a in result.assigned if a.station == station]
        stations.add_row(
            names[station].name,
            ", ".join(municipalities[a.municipality] for a in served),
            f"{sum(a.population for a in served):,.0f}",
        )
    assignment = _table(
        "Assignment",
        "municipality",
        "station",
        "population",
        "mean minutes",
        "≤ 40 min",
        "≤ 60 min",
        text=2,
    )
    for a in result.assigned:
        shares = [_share(a.within[t], a.population) for t in THRESHOLDS_MINUTES]
        assignment.add_row(
            municipalities[a.municipality],
            names[a.station].name,
            f"{a.population:,.0f}",
            f"{a.mean_minutes:.0f}",
            *shares,
        )
    shares = [_share(result.within[t], result.population) for t in THRESHOLDS_MINUTES]
    assignment.add_row(
        "all",
        "",
        f"{result.population:,.0f}",
        f"{result.mean_minutes:.0f}",
        *shares,
        end_section=True,
    )
    return [stations, assignment]


def _share(part: float, whole: float) -> str:
    return f"{part:,.0f} ({part / whole:.0%})" if whole > 0 else "–"


def _current_plan(scenario: Scenario, travel: TravelNetwork) -> str:
    summary = summarise(settlement_access(scenario, travel))
    mean = summary.mean_minutes[Service.legevakt]
    beyond = ", ".join(
        f"{summary.beyond[t]:.0%} beyond {t:.0f} min"
        for t in THRESHOLDS_MINUTES
        if summary.beyond[t] is not None
    )
    if mean is None:
        return "Current plan: no municipality has a legevakt."
    return f"Current plan: mean {mean:.0f} minutes to the legevakt; {beyond}."
