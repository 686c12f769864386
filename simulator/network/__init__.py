"""Travel and coordination networks: travel times (`travel`), accessibility, locating legevakt.

Nothing is imported here: `samsim validate` reads the legs (`legs`) to check reachability
without the NumPy, NetworkX and SciPy that the travel times need.
"""
