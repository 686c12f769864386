"""`samsim app`: a local web app in which a planner builds plans with forms generated from the
scenario schema, runs and compares them on the experiment layer, and reads the HTML report.

The YAML text of each plan is the source of truth; forms edit it in place (ruamel.yaml round
trip, so comments stay) and every edit is validated as `samsim validate` does. See docs/app.md.
"""
