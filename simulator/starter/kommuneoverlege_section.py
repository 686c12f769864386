"""Kommuneoverleger of a starting scenario: every municipality must have one, which may be
shared (folkehelseloven § 7 c, helse- og omsorgstjenesteloven § 5-5 [L4][L6]).

One kommuneoverlege post per legevakt district, shared by its municipalities as Grong shares
its post with Namsskogan (KS/Norut report 2.2), held by salaried doctors outside the GP
offices and the legevakt pool. The size of the post is an ESTIMATE: 0.1 FTE per 1 000
inhabitants (Senjalegen's 1.5 FTE for about 14 800, [S87]), at least 0.2 FTE a municipality
(the 20 % Grong sells to Namsskogan).
"""

from __future__ import annotations

from simulator.starter.districts import District
from simulator.starter.ids import municipality_ids
from simulator.starter.yaml_text import Flow, Note, estimate

FTE_PER_1000 = 1.5 / 14.8  # Senjalegen [S87]
LEAST_FTE = 0.2  # Grong–Namsskogan (report 2.2)
POST_FTE = 1.0  # one doctor's post; a larger need is split over several doctors
AGE = 50  # ESTIMATE: a guess; the post is not on the legevakt rota
NOTES = [
    "ESTIMATE: one kommuneoverlege post per legevakt district, shared by its municipalities",
    f"(as Grong-Namsskogan, report 2.2): {FTE_PER_1000:.2f} FTE per 1 000 inhabitants "
    f"(Senjalegen, S87), at least {LEAST_FTE} FTE a municipality.",
]


def needs(district: District) -> list[tuple[str, float]]:
    """(municipality id, FTE) of kommuneoverlege work for each member."""
    ids = municipality_ids()
    return [
        (ids[m.number], round(max(LEAST_FTE, FTE_PER_1000 * m.population / 1000), 2))
        for m in district.members
    ]


def kommuneoverleger(district: District, legevakt_id: str) -> list[Note]:
    """The district's kommuneoverlege doctors, their shares packed into posts of `POST_FTE`."""
    posts: list[list[tuple[str, float]]] = [[]]
    room = POST_FTE
    for municipality, fte in needs(district):
        while fte > 1e-9:
            if room < 1e-9:
                posts.append([])
                room = POST_FTE
            share = round(min(fte, room), 2)
            posts[-1].append((municipality, share))
            fte, room = round(fte - share, 2), round(room - share, 2)
    return [_doctor(f"{legevakt_id}-kol-{k}", shares) for k, shares in enumerate(posts, 1)]


def _doctor(physician_id: str, shares: list[tuple[str, float]]) -> Note:
    fte = round(sum(share for _, share in shares), 2)
    body = {
        "id": physician_id,
        "role": "kommuneoverlege",
        "employment": "salaried",
        "age": AGE,
        "fte": fte,
        "kommuneoverlege": [{"municipality": m, "fte": share} for m, share in shares],
    }
    shared = " shared by the district's municipalities" if len(shares) > 1 else ""
    return estimate(Flow(body), f"kommuneoverlege post{shared}, see the note above physicians")
