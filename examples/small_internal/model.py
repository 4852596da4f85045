"""A small internal reporting service: low risk, no AI, no untrusted input.

Employees on the corporate network open a reporting web app that reads
monthly sales figures from a database, which a scheduled export job fills from
the ERP system. Nothing is reachable from the internet and no model is
involved. threatgraph should have little to say about it; the engine's noise
test holds it to that.

    threatgraph analyze examples/small_internal/model.py
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Internal sales reporting",
    profile=tg.RiskProfile.LOW,
    description="Monthly sales dashboards for employees.",
)

figures = tg.Data("Sales figures", sensitivity=tg.Sensitivity.INTERNAL)
report = tg.Data("Sales report", sensitivity=tg.Sensitivity.INTERNAL)
query = tg.Data("Report query", sensitivity=tg.Sensitivity.INTERNAL)

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    employee = tm.add(tg.Actor("Employee", role="sales staff", controls={c.Authentication()}))
    erp = tm.add(tg.DataSource("ERP system", origin=tg.Origin.INTERNAL, provides={figures}))
    export = tm.add(
        tg.Pipeline(
            "Nightly export",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(), c.AuditLogging()},
        )
    )
    db = tm.add(
        tg.DataStore(
            "Reporting database",
            stores={figures},
            controls={c.RBAC(), c.EncryptionAtRest(), c.AuditLogging(), c.DataVersioning()},
        )
    )
    app = tm.add(
        tg.Service(
            "Reporting web app",
            controls={
                c.Authentication(method="SSO"),
                c.RBAC(),
                c.InputValidation(),
                c.AuditLogging(),
                c.PeriodicReview(note="yearly"),
            },
        )
    )

TLS = c.EncryptionInTransit()
tm.flow(erp, export, figures, controls={TLS})
tm.flow(export, db, figures, controls={TLS})
tm.flow(employee, app, query, protocol="https", label="opens dashboard", controls={TLS})
tm.flow(app, db, query, label="query", controls={TLS})
tm.flow(db, app, figures, controls={TLS})
tm.flow(app, employee, report, protocol="https", controls={TLS})
