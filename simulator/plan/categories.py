"""The categories of physician time (MODEL.md §4): every minute of every physician is in exactly
one. Apart from `timeline` (which needs numpy) so that the scenario schema and the idealtypes can
name categories without importing numpy: `samsim validate` starts without it."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    office_clinical = "office_clinical"
    office_admin = "office_admin"  # owner's and employer's work, other office work
    list_work = "list_work"  # what a GP's list brings besides consultations (gp_week.py)
    public_duties = "public_duties"
    kommuneoverlege = "kommuneoverlege"
    legevakt_active = "legevakt_active"
    legevakt_on_call = "legevakt_on_call"  # passive: on duty, not busy
    backup_on_call = "backup_on_call"
    bed_work = "bed_work"  # KAD and sykestue
    travel = "travel"
    meetings = "meetings"
    training = "training"
    rest_after_duty = "rest_after_duty"
    off = "off"

    @property
    def code(self) -> int:
        return CATEGORIES.index(self)


CATEGORIES: tuple[Category, ...] = tuple(Category)
PASSIVE = frozenset({Category.legevakt_on_call, Category.backup_on_call})
NOT_WORK = frozenset({Category.off, Category.rest_after_duty})
LEGEVAKT = frozenset({Category.legevakt_active, Category.legevakt_on_call, Category.backup_on_call})
DAY_MINUTES = 24 * 60
NIGHT_START, NIGHT_END = 21 * 60, 6 * 60  # aml § 10-11: night work is 21:00–06:00
