"""``workbench serve``: the report with review controls, on 127.0.0.1, for one reviewer.

``server.py`` serves the page and the decisions API, ``guard.py`` holds the request checks
(token, Host, Origin, body), ``rerun.py`` runs the pipeline again from the page and
``child.py`` is that run's process. The controls are ``assets/review.js`` and ``review.css``.
"""
