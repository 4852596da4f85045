"""Quarry weighbridge load-ticket checks: the first design, before any security review.

Lorries from haulier customers cross the quarry's weighbridge on the way in (tare)
and out (gross). The weighbridge software on the cabin PC takes the weight from the
load-cell indicator over a serial cable and the plate from an ANPR camera, and the
driver keys the haulier account and order number at the driver terminal; the
weighbridge operator can also key in weights and tares by hand. Tickets are printed
for the driver and synced every 15 minutes to a ticket database in head office's
cloud. Each morning a scoring job runs an in-house classifier over yesterday's
tickets to flag suspicious ones (a lorry re-weighed, a tare far from its stored tare,
a plate that does not match the account); the site manager reviews flagged tickets in
a web dashboard and clears or voids them, while unflagged tickets go straight to the
cloud accounting package for invoicing. The manager's decisions are kept as labels
and the model is retrained monthly. The weighbridge software logs manual entries,
the vendor supports the cabin PC over TeamViewer, and the dashboard uses company SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Quarry weighbridge load-ticket checks",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Weighbridge tickets with ANPR plate reads, and a model that flags "
    "suspicious tickets for the site manager before invoicing.",
)

# ---------------------------------------------------------------- data assets
weights = tg.Data(
    "Weight readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plate_reads = tg.Data(
    "ANPR plate reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registration, confidence and a cropped plate image per crossing.",
)
driver_entry = tg.Data(
    "Driver account entry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Haulier account card number, order number and product keyed at the terminal.",
)
manual_entry = tg.Data(
    "Manual weight and tare entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
stored_tares = tg.Data(
    "Stored vehicle tares",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
tickets = tg.Data(
    "Load tickets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Plate, driver name, haulier, product, tare, gross, net, times, operator.",
)
printed_ticket = tg.Data("Printed load ticket", kind="records", sensitivity=tg.Sensitivity.PII)
remote_session = tg.Data("Remote support session", sensitivity=tg.Sensitivity.CONFIDENTIAL)
ticket_features = tg.Data(
    "Ticket features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Time between weighings, tare deviation, plate/account match, repeat visits.",
)
flags = tg.Data(
    "Suspicious ticket flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A score and the top reasons per ticket.",
)
review = tg.Data(
    "Flag review decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_rows = tg.Data(
    "Reviewed ticket history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
artifact = tg.Data("Ticket model artifact", format="pickle", sensitivity=tg.Sensitivity.INTERNAL)
invoice_lines = tg.Data(
    "Approved tickets for invoicing",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Haulier drivers", trust=tg.Trust.UNTRUSTED):
    # Customers' and contract hauliers' drivers; not our staff.
    driver = tm.add(tg.Actor("Lorry driver", role="haulier driver"))

with tm.boundary("Weighbridge site", trust=tg.Trust.INTERNAL):
    # Keypad and card reader on a post beside the weighbridge, at cab height.
    terminal = tm.add(tg.Device("Driver terminal", fleet=False))
    # Load-cell indicator: the legal-for-trade weight.
    indicator = tm.add(tg.Device("Weighbridge indicator", fleet=False))
    # Reads the plate of each lorry as it drives on.
    camera = tm.add(tg.Device("ANPR camera", fleet=False))
    # Vendor's weighbridge package on the cabin PC: makes tickets, keeps stored tares.
    wb_software = tm.add(
        tg.Service(
            "Weighbridge software",
            description="Runs on the cabin PC; holds stored tares and the site's tickets.",
            controls={c.AuditLogging(note="manual weight and tare entries are logged")},
        )
    )
    # Runs the weighbridge day to day; can key weights and tares by hand.
    operator = tm.add(tg.Actor("Weighbridge operator", role="weighbridge operator"))
    # Reviews flagged tickets before they are invoiced.
    manager = tm.add(tg.Actor("Site manager", role="site manager"))

with tm.boundary("Weighbridge vendor", trust=tg.Trust.PARTNER):
    # The software supplier's support desk, which connects in to fix and update.
    vendor_support = tm.add(
        tg.ExternalService(
            "Weighbridge vendor remote support",
            controls={c.Authentication(method="TeamViewer unattended-access password")},
        )
    )

with tm.boundary("Head office cloud", trust=tg.Trust.INTERNAL):
    # Central copy of every site's tickets.
    ticket_db = tm.add(
        tg.DataStore(
            "Ticket database",
            stores={tickets, review, flags, stored_tares},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Scores yesterday's tickets each morning before the invoice run.
    scoring = tm.add(tg.Service("Daily ticket scoring job"))
    # In-house gradient-boosted classifier over ticket features.
    model = tm.add(
        tg.Model(
            "Load ticket fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Flags re-weighed lorries, tare mismatches and plate/account mismatches.",
        )
    )
    # Where the manager sees flags and clears or voids tickets.
    dashboard = tm.add(
        tg.Endpoint(
            "Ticket review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company Microsoft 365 SSO with MFA"),
                c.HumanInTheLoop(
                    approver="the site manager",
                    note="flagged tickets only; unflagged tickets go straight to invoicing",
                ),
            },
        )
    )
    # Monthly retraining on the reviewed history.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # MLflow registry the scoring job loads the current model from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Accounting SaaS", trust=tg.Trust.PARTNER):
    # Cloud accounting package that raises customer invoices.
    accounting = tm.add(tg.ExternalService("Cloud accounting package"))

# ---------------------------------------------------------------- flows
tm.flow(driver, terminal, driver_entry, label="keyed at the terminal keypad")
tm.flow(terminal, wb_software, driver_entry, protocol="rs-485")
tm.flow(indicator, wb_software, weights, protocol="serial")
tm.flow(camera, wb_software, plate_reads, protocol="http")
tm.flow(operator, wb_software, manual_entry, label="keyed in the cabin")
tm.flow(wb_software, driver, printed_ticket, label="printed ticket handed over")
tm.flow(vendor_support, wb_software, remote_session, protocol="teamviewer")

tm.flow(wb_software, ticket_db, tickets, stored_tares, protocol="https", label="15-minute sync")
tm.flow(ticket_db, scoring, tickets, stored_tares, label="daily batch read")
tm.flow(scoring, model, ticket_features)
tm.flow(model, scoring, flags)
tm.flow(scoring, ticket_db, flags)

tm.flow(ticket_db, dashboard, tickets, flags)
tm.flow(dashboard, manager, tickets, flags, protocol="https")
tm.flow(manager, dashboard, review, protocol="https")
tm.flow(dashboard, ticket_db, review)
tm.flow(ticket_db, accounting, invoice_lines, protocol="https", label="daily invoice export")

tm.flow(ticket_db, training, training_rows, label="monthly export")
tm.flow(training, registry, artifact)
tm.flow(registry, scoring, artifact, label="loads current model")
