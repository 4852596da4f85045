"""Bus driver timesheet exceptions: the first design, before any security review.

Drivers sign on and off at the electronic ticket machine (ETM) on their bus; the
ETM vendor's back office collects the clock-ins over the mobile network and
exports them to us nightly over SFTP. Depot supervisors keep the duty logs in the
rostering system, and drivers add free-text remarks at the depot sign-off kiosk.
A nightly matching job compares clock-ins with rostered duties and queues every
pay exception (overtime, missed meal relief, spread-over, late running). A
drafting service sends each exception, the duty log extract and the union pay
agreement rules to a hosted LLM, which drafts a plain-English explanation.
Payroll clerks review each draft in a web app behind corporate SSO with MFA,
edit it and approve or reject the adjustment; only approved adjustments are
posted to the payroll system. Everything but the LLM and the ETM back office runs
in the operator's own network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bus driver timesheet exception drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM drafts explanations of drivers' pay exceptions for payroll clerks to review.",
)

# ---------------------------------------------------------------- data assets
clock_ins = tg.Data(
    "Ticket-machine clock-ins",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Driver number, bus, running board, time and GPS position of each sign-on and sign-off.",
)
remarks = tg.Data(
    "Driver duty remarks",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free text a driver types at sign-off: diversions, late reliefs, breakdowns.",
)
duty_logs = tg.Data(
    "Driver duty logs",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rostered and actual duties, breaks, supervisor amendments and driver remarks.",
)
pay_rules = tg.Data(
    "Pay agreement rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The union-agreed rules for overtime, spread-over, meal relief and late running.",
)
exceptions = tg.Data(
    "Pay exceptions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A mismatch between rostered and clocked time, with the duty log extract.",
)
prompt = tg.Data("Exception explanation prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft = tg.Data("Draft exception explanation", kind="model-output", sensitivity=tg.Sensitivity.PII)
adjustment = tg.Data(
    "Reviewed pay adjustment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The clerk's decision, the hours to pay or deduct and the final explanation.",
)
payroll_records = tg.Data(
    "Payroll records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Bus fleet", trust=tg.Trust.INTERNAL):
    # The employee whose hours and pay the exceptions are about.
    driver = tm.add(tg.Actor("Bus driver", role="driver"))
    # Every bus carries one; the driver signs on and off at it with a driver number.
    etm = tm.add(
        tg.Device(
            "Electronic ticket machine",
            fleet=True,
            description="Sends sign-on and sign-off events over the vendor's mobile data SIMs.",
        )
    )

with tm.boundary("ETM vendor cloud", trust=tg.Trust.PARTNER):
    # The ticket-machine supplier's hosted back office, source of the clock-ins.
    etm_backoffice = tm.add(
        tg.ExternalService(
            "Ticket machine back office",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Vendor SaaS that collects ETM events and exports them nightly.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the draft explanations; a general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called per exception.",
        )
    )

with tm.boundary("Operator network", trust=tg.Trust.INTERNAL):
    # Keeps the rosters and the duty logs; supervisors amend duties here.
    rostering = tm.add(
        tg.DataStore(
            "Rostering and duty log system",
            stores={duty_logs, remarks},
            controls={c.RBAC(note="supervisors see their own depot's duties")},
        )
    )
    # Enters duty amendments and notes on late running and reliefs.
    supervisor = tm.add(tg.Actor("Depot supervisor", role="supervisor"))
    # Nightly job that matches clock-ins against rostered duties and flags mismatches.
    matcher = tm.add(
        tg.Pipeline(
            "Exception matching job",
            stage=tg.Stage.INGESTION,
            description="Applies tolerance rules and writes each mismatch to the queue.",
        )
    )
    # The reference the LLM explains exceptions against.
    rules_store = tm.add(tg.DataStore("Pay agreement rulebook", stores={pay_rules}))
    # Builds one prompt per exception and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Exception drafting service",
            description="Assembles the exception, duty log extract and rules into a prompt.",
        )
    )
    # Holds exceptions, drafts and clerks' decisions until they are posted.
    queue = tm.add(tg.DataStore("Exception review queue", stores={exceptions, draft, adjustment}))
    # Where payroll clerks read, edit and approve or reject each draft.
    review_app = tm.add(
        tg.Endpoint(
            "Payroll review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="payroll team role only"),
                c.HumanInTheLoop(approver="payroll clerk"),
            },
        )
    )
    # Decides each adjustment; the LLM never posts anything itself.
    clerk = tm.add(tg.Actor("Payroll clerk", role="payroll staff"))

    with tm.boundary("Payroll enclave", trust=tg.Trust.RESTRICTED):
        # The system of record that pays drivers.
        payroll = tm.add(
            tg.DataStore(
                "Payroll system",
                stores={payroll_records, adjustment},
                controls={
                    c.EncryptionAtRest(key_management="database TDE"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(driver, etm, clock_ins, label="driver number keyed on the keypad")
tm.flow(etm, etm_backoffice, clock_ins, protocol="https", label="mobile data")
tm.flow(etm_backoffice, matcher, clock_ins, protocol="sftp", label="nightly export")

tm.flow(driver, rostering, remarks, protocol="https", label="typed at the depot sign-off kiosk")
tm.flow(supervisor, rostering, duty_logs, protocol="https", label="duty amendments")
tm.flow(rostering, supervisor, duty_logs, protocol="https")
tm.flow(rostering, matcher, duty_logs, protocol="https")
tm.flow(matcher, queue, exceptions)

tm.flow(queue, drafter, exceptions)
tm.flow(rules_store, drafter, pay_rules)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, queue, draft)

tm.flow(queue, review_app, exceptions, draft)
tm.flow(review_app, clerk, exceptions, draft, protocol="https")
tm.flow(clerk, review_app, adjustment, protocol="https", label="edit, approve or reject")
tm.flow(review_app, queue, adjustment)
tm.flow(review_app, payroll, adjustment, protocol="https", label="approved adjustments only")
