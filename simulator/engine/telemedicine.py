"""VAKe: a video conference with the hospital's specialist from the legevakt (report 3.5).

The legevakt calls the AMK at the university hospital, which has the specialist needed on screen
within a few minutes [L1683–1690]. The conference takes the legevakt doctor's time with the
patient, and with the specialist's advice some patients who would have been sent to a hospital
two hours away are treated locally. The report gives no figures: each size below is an
ASSUMPTION (docs/idealtypes.md, `video_emergency_conference_vake`).
"""

from __future__ import annotations

CONFERENCE_MINUTES = 15.0  # ASSUMPTION: a conference with each red patient the doctor sees
TRANSFER_SHARE = 0.5  # ASSUMPTION: red patients seen at the legevakt who are sent to hospital
TRANSFERS_AVOIDED = 0.2  # ASSUMPTION: share of those transfers the specialist's advice avoids


def hospital_transfers(red_patients: int, video: bool) -> float:
    """Expected transfers to hospital of the red patients a legevakt's doctors saw."""
    share = TRANSFER_SHARE * (1 - TRANSFERS_AVOIDED if video else 1)
    return red_patients * share
