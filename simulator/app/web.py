"""The app's pages: FastAPI with server-rendered Jinja2 templates and plain HTML forms.

Every page works without JavaScript except the run page's progress bar, which polls the
run's status. Nothing is loaded from outside the app: the style sheet and script are served
from the package.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from simulator.app import collaborations, runs, schemaform, start
from simulator.app.actions import act
from simulator.app.annotate import annotate, section_of
from simulator.app.findings import findings_by_kind
from simulator.app.pickmap import pick_map
from simulator.app.plans import Plan, Plans, edit_section
from simulator.app.words import CATALOGUES, words
from simulator.idealtypes.library import load_library
from simulator.scenario import ScenarioError
from simulator.scenario.references import ids_by_section
from simulator.starter.districts import Layout

HERE = Path(__file__).parent
DEFAULT_LANG = "nb"
LOCAL_NAMES = ("127.0.0.1", "localhost")
YAML_SECTION = "yaml"
RULES_SECTION = "rules"
EXTRA_SECTIONS = (RULES_SECTION, YAML_SECTION)  # tabs that are not sections of the file
MAX_BOXES = 40  # a list of ids or choices up to this long is ticked, a longer one typed
MAX_ITEMS = 50  # items of one list on a page; a filter finds the others


@dataclass
class State:
    plans: Plans
    runs: runs.Runs
    folder: Path  # where new plans are saved and runs write their result directories
    templates: Jinja2Templates


def create_app(folder: Path, files: list[Path] | None = None) -> FastAPI:
    """The app with `files` open as plans, saving new plans in `folder` and results in
    `folder/results`."""
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    templates = Jinja2Templates(directory=HERE / "templates")
    state = State(Plans(), runs.Runs(folder / "results"), folder, templates)
    for file in files or []:
        state.plans.add(file.read_text(encoding="utf-8"), file)
    app.state.samsim = state
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.middleware("http")(_same_origin_only)
    _routes(app, state)
    return app


async def _same_origin_only(request: Request, call_next: Any) -> Response:
    """Refuse a request for another host name (DNS rebinding) and a form posted from another
    site's page: the app has no login, so only its own pages may change plans or files."""
    host = request.headers.get("host", "")
    origin = request.headers.get("origin")
    if host.rsplit(":", 1)[0] not in LOCAL_NAMES or origin not in (None, f"http://{host}"):
        return Response("samsim app: requests from other sites are refused", status_code=403)
    return await call_next(request)


def _lang(request: Request) -> str:
    lang = request.cookies.get("lang", DEFAULT_LANG)
    return lang if lang in CATALOGUES else DEFAULT_LANG


def _page(state: State, request: Request, name: str, **context: Any) -> HTMLResponse:
    lang = _lang(request)
    context |= {"t": words(lang), "lang": lang}
    return state.templates.TemplateResponse(request, name, context)


def _to(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _routes(app: FastAPI, state: State) -> None:
    _start_routes(app, state)
    _plan_routes(app, state)
    _run_routes(app, state)


def _start_routes(app: FastAPI, state: State) -> None:
    @app.get("/", response_class=HTMLResponse)
    def home(request: Request) -> HTMLResponse:
        return _start_page(state, request, [])

    @app.get("/lang/{lang}")
    def language(lang: str, request: Request) -> Response:
        response = _to(request.headers.get("referer") or "/")
        if lang in CATALOGUES:
            response.set_cookie("lang", lang, samesite="strict")
        return response

    @app.post("/plans/new")
    async def new_plan(request: Request) -> Response:
        form = await request.form()
        typed = str(form.get("municipalities", ""))
        numbers, unknown = start.resolve(typed)
        errors = _unknown_messages(words(_lang(request)), unknown, numbers)
        if errors:
            return _start_page(state, request, errors, typed)
        layout = str(form.get("layout", Layout.as_today.value))
        if layout not in {choice.value for choice in Layout}:
            return _start_page(state, request, [words(_lang(request))("error.layout")], typed)
        text = start.starting_plan(numbers, Layout(layout), dt.date.today())
        plan = state.plans.add(text)
        return _to(f"/plans/{plan.id}")

    @app.post("/plans/open")
    async def open_plan(request: Request) -> Response:
        form = await request.form()
        path = Path(str(form.get("path", "")).strip()).expanduser()
        if not path.is_file():
            message = words(_lang(request))("error.no_file", path=path)
            return _start_page(state, request, [message])
        plan = state.plans.add(path.read_text(encoding="utf-8"), path.resolve())
        return _to(f"/plans/{plan.id}")


def _plan_routes(app: FastAPI, state: State) -> None:
    @app.get("/plans/{plan_id}", response_class=HTMLResponse)
    def plan_page(
        plan_id: str, request: Request, section: str = "scenario", find: str = "", saved: int = 0
    ) -> Response:
        plan = _plan_or_404(state, plan_id, request)
        if isinstance(plan, Response):
            return plan
        known = section in schemaform.sections() or section in EXTRA_SECTIONS
        notes = [words(_lang(request))("plan.saved", path=plan.source)] if saved else []
        return _plan_page(state, request, plan, section if known else "scenario", find, notes)

    @app.post("/plans/{plan_id}/edit")
    async def edit(plan_id: str, request: Request) -> Response:
        plan = _plan_or_404(state, plan_id, request)
        if isinstance(plan, Response):
            return plan
        submitted = await request.form()
        form = {key: ", ".join(_values(submitted, key)) for key in submitted}
        section = form.pop("section", "scenario")
        action = form.pop("action", "apply")
        extra = {
            "save_as": form.pop("save_as_name", ""),
            "collaboration": form.pop("idealtype", ""),
        }
        if action in extra:
            action += ":" + extra[action]
        if section == YAML_SECTION:
            plan.text = form.get("text", plan.text).replace("\r\n", "\n")
        elif section in schemaform.sections():
            edit_section(plan, section, form)
        try:
            anchor = act(plan, action, state.folder)
        except OSError as error:
            message = words(_lang(request))("plan.save_failed", error=error.strerror or error)
            return _plan_page(state, request, plan, section, "", [message])
        saved = "&saved=1" if action.startswith("save") else ""
        return _to(f"/plans/{plan.id}?section={section}{saved}{anchor}")

    @app.get("/plans/{plan_id}/download")
    def download(plan_id: str, request: Request) -> Response:
        plan = _plan_or_404(state, plan_id, request)
        if isinstance(plan, Response):
            return plan
        disposition = f'attachment; filename="{plan.name}"'
        return Response(
            plan.text, media_type="application/yaml", headers={"Content-Disposition": disposition}
        )


def _run_routes(app: FastAPI, state: State) -> None:
    @app.post("/runs")
    async def start_run(request: Request) -> Response:
        form = await request.form()
        chosen = [state.plans.get(str(i)) for i in form.getlist("plan")]
        plans = [p for p in chosen if p is not None]
        t = words(_lang(request))
        if not 1 <= len(plans) <= runs.MAX_PLANS:
            return _start_page(state, request, [t("start.run.count")])
        loaded = []
        for plan in plans:  # checked first: a plan with problems does not start a run
            try:
                loaded.append((plan.load(), plan.portable_text()))
            except ScenarioError:
                return _start_page(state, request, [t("start.run.invalid", name=plan.name)])
        typed = str(form.get("replications", "")).strip()
        if not typed.isdigit() or not 1 <= int(typed) <= runs.MAX_REPLICATIONS:
            message = t("start.run.replications_bad", most=runs.MAX_REPLICATIONS)
            return _start_page(state, request, [message])
        replications = int(typed)
        run = state.runs.start(loaded, replications, _lang(request))
        return _to(f"/runs/{run.id}")

    @app.get("/runs/{run_id}", response_class=HTMLResponse)
    def run_page(run_id: str, request: Request) -> Response:
        run = state.runs.get(run_id)
        if run is None:
            return Response(status_code=404)
        return _page(state, request, "run.html", run=run)

    @app.get("/runs/{run_id}/status")
    def run_status(run_id: str) -> Response:
        run = state.runs.get(run_id)
        if run is None:
            return Response(status_code=404)
        return JSONResponse({"state": run.state, "done": run.done, "total": run.total})

    @app.post("/runs/{run_id}/cancel")
    def cancel(run_id: str) -> Response:
        run = state.runs.get(run_id)
        if run is not None:
            run.cancel.set()
        return _to(f"/runs/{run_id}")

    @app.get("/runs/{run_id}/files/{name:path}")
    def run_file(run_id: str, name: str) -> Response:
        run = state.runs.get(run_id)
        path = (run.out / name).resolve() if run else None
        if run is None or path is None or not path.is_relative_to(run.out.resolve()):
            return Response(status_code=404)
        if not path.is_file():
            return Response(status_code=404)
        inline = path.suffix == ".html"
        return FileResponse(path, filename=None if inline else path.name)


def _values(submitted: Any, key: str) -> list[str]:
    """A key's non-empty values: one for most fields, one per ticked box for a list of ids."""
    return [str(value) for value in submitted.getlist(key) if str(value) != ""]


def _start_page(state: State, request: Request, errors: list[str], typed: str = "") -> HTMLResponse:
    plans = [(plan, len(plan.problems())) for plan in state.plans.all()]
    return _page(
        state,
        request,
        "start.html",
        errors=errors,
        typed=typed,
        choices=start.choices(),
        pick_map=pick_map(),
        layouts=[layout.value for layout in Layout],
        plans=plans,
        max_plans=runs.MAX_PLANS,
    )


def _unknown_messages(t: Any, unknown: list[start.Unknown], numbers: tuple[str, ...]) -> list[str]:
    messages = []
    for item in unknown:
        text = t("error.unknown", token=item.token)
        if item.suggestions:
            text += " " + t("error.suggest", names=", ".join(item.suggestions))
        messages.append(text)
    if not unknown and not numbers:
        messages.append(t("error.none"))
    return messages


def _plan_or_404(state: State, plan_id: str, request: Request) -> Plan | Response:
    plan = state.plans.get(plan_id)
    if plan is None:
        message = words(_lang(request))("error.no_plan", id=plan_id)
        return _start_page(state, request, [message])
    return plan


def _plan_page(
    state: State,
    request: Request,
    plan: Plan,
    section: str,
    find: str,
    notes: list[str] | None = None,
) -> HTMLResponse:
    """A plan's tab: its form with each problem at its field, and `notes` (saved, or why
    not) above it."""
    tree = plan.view()
    problems = plan.problems()
    counts: dict[str, int] = {}
    for problem in problems:
        counts[section_of(problem)] = counts.get(section_of(problem), 0) + 1
    form = None
    limited = False
    others = problems
    rules = (
        findings_by_kind(plan.load(), _lang(request))
        if section == RULES_SECTION and not problems
        else []
    )
    if section not in EXTRA_SECTIONS:
        form = schemaform.section_form(tree, section)
        schemaform.in_language(form, _lang(request))
        if section == "collaborations":
            collaborations.describe(form, tree, words(_lang(request)), _lang(request))
        mine = [p for p in problems if section_of(p) == section]
        others = annotate(form, mine, tree, _lang(request))
        others += [p for p in problems if section_of(p) != section]
        limited = schemaform.limit_items(form, find, MAX_ITEMS)
    return _page(
        state,
        request,
        "plan.html",
        errors=notes or [],
        plan=plan,
        section=section,
        sections=schemaform.sections(),
        form=form,
        problems=problems,
        others=others,
        counts=counts,
        rules=rules,
        ids=ids_by_section(tree),
        max_boxes=MAX_BOXES,
        find=find,
        limited=limited or bool(find),
        extra_sections=EXTRA_SECTIONS,
        library=load_library(),
        folder=plan.source.parent if plan.source else state.folder,
    )
