"""Competence to do legevakt without bakvakt (kompetansekravforskriften § 3a [L3])."""

from __future__ import annotations

from simulator.scenario.physicians import Physician


def competent_alone(physician: Physician) -> bool:
    """§ 3a: meets § 3 (specialist in general practice, in specialist training or approved
    allmennlege) or has completed LIS1, and has the legevakt courses (akuttmedisinforskriften
    § 8 [L2]). Others need a competent bakvakt (akuttmedisinforskriften § 7)."""
    c = physician.competence
    qualified = (
        c.specialist_general_practice
        or c.in_specialist_training
        or c.approved_allmennlege
        or c.lis1_completed
    )
    return qualified and c.legevakt_courses
