"""EV charger flexibility agent: the first design, before any security review.

An electricity distribution network operator (DNO) runs a flexibility scheme for
home EV chargers. A dispatch agent (an optimisation service, not a language model)
reads substation loads replicated out of the SCADA historian and a peak-load
forecast; when a substation approaches its limit it sends turn-down instructions,
over each chargepoint operator's (CPO's) API, for the chargers of owners who opted
in. The CPOs relay them to the chargers. Control room engineers watch the events on
a console and can cancel or force a turn-down. Owners enrol and see their payments
on a web portal; a settlement service calculates each owner's payment from the
turn-downs and the CPOs' session meter reads, a settlements analyst approves the
monthly run and a bank pays it. Controls in this design: TLS on every external
link, CPO-issued API keys held in a vault, SSO with MFA for the control room,
password sign-in on the portal, an encrypted enrolment register and an event log.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "DNO EV charger flexibility agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Turns down opted-in home EV chargers at substation peaks and pays their owners.",
)

# ---------------------------------------------------------------- data assets
load_readings = tg.Data(
    "Substation load readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data("Peak load forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
turn_down = tg.Data(
    "Charger turn-down instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Charger ids, power cap and event window for one substation.",
)
ack = tg.Data("Turn-down acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data(
    "Engineer override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Cancel, extend or force a turn-down event.",
)
event_view = tg.Data(
    "Active flexibility events", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
enrolment = tg.Data(
    "Scheme enrolment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Owner name, home address, e-mail, charger id, CPO and consent.",
)
bank_details = tg.Data(
    "Owner payout bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
ownership_check = tg.Data("Charger ownership check", kind="records", sensitivity=tg.Sensitivity.PII)
session_reads = tg.Data(
    "Charger session meter reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-session energy and power of each enrolled home charger.",
)
event_log = tg.Data("Turn-down event log", kind="logs", sensitivity=tg.Sensitivity.PII)
payment_calc = tg.Data(
    "Flexibility payment calculation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
run_approval = tg.Data("Payment run approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_file = tg.Data(
    "Owner payment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
statement = tg.Data("Owner payment statement", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Householders who opted their charger into the scheme.
    owner = tm.add(tg.Actor("Chargepoint owner", role="scheme participant"))

with tm.boundary("Owners' homes", trust=tg.Trust.UNTRUSTED):
    # The physical load we are trying to shift; we never talk to it directly.
    chargers = tm.add(
        tg.Device(
            "Home EV chargers",
            fleet=True,
            description="Smart chargers managed by their CPO over OCPP.",
        )
    )

with tm.boundary("Chargepoint operators", trust=tg.Trust.PARTNER):
    # Several CPOs, each exposing a flexibility API that relays caps to its chargers.
    cpo_api = tm.add(
        tg.ExternalService(
            "Chargepoint operator API",
            description="Each CPO's REST API for demand-side turn-down and session data.",
        )
    )

with tm.boundary("Payments bank", trust=tg.Trust.PARTNER):
    # Pays owners from the settlement file.
    bank = tm.add(tg.ExternalService("Payments bank", description="Bulk payment service."))

with tm.boundary("DNO operational network", trust=tg.Trust.RESTRICTED):
    # Field telemetry from primary and secondary substations.
    rtus = tm.add(tg.Device("Substation RTUs", fleet=True))
    # Existing SCADA historian; a replica in the OT DMZ feeds the flexibility platform.
    historian = tm.add(
        tg.DataStore(
            "SCADA historian",
            stores={load_readings},
            controls={tg.controls.RBAC()},
        )
    )

with tm.boundary("Flexibility platform", trust=tg.Trust.INTERNAL):
    # Predicts the next hours' substation peaks from load history and weather.
    forecaster = tm.add(
        tg.Model(
            "Peak load forecaster",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Decides which enrolled chargers to turn down, by how much and for how long.
    dispatch = tm.add(
        tg.Service(
            "Flexibility dispatch agent",
            description="Optimiser that issues turn-downs to CPO APIs when a substation nears its limit.",
            controls={
                tg.controls.SecretsManagement(note="CPO API keys in the cloud vault"),
                tg.controls.AuditLogging(),
            },
        )
    )
    # Who is enrolled: owners, chargers, consents and payout details.
    register = tm.add(
        tg.DataStore(
            "Flexibility register",
            stores={enrolment, bank_details, statement},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Record of every turn-down event, used for settlement and regulatory reporting.
    events = tm.add(tg.DataStore("Turn-down event store", stores={event_log}))
    # Owners enrol, update bank details and see their payments here.
    portal = tm.add(
        tg.Endpoint(
            "Owner enrolment portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(),
            },
        )
    )
    # Monthly payment calculation from delivered turn-downs.
    settlement = tm.add(
        tg.Service(
            "Flexibility settlement service",
            controls={
                tg.controls.HumanInTheLoop(approver="settlements analyst"),
            },
        )
    )

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Network control engineers stay in charge of the network and can override the agent.
    engineer = tm.add(
        tg.Actor("Control room engineer", role="network control engineer", privileged=True)
    )
    console = tm.add(
        tg.Endpoint(
            "Flexibility override console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Finance user who checks and releases the monthly payment run.
    analyst = tm.add(tg.Actor("Settlements analyst", role="finance"))

# ---------------------------------------------------------------- flows
# load monitoring and forecasting
tm.flow(rtus, historian, load_readings, protocol="dnp3")
tm.flow(historian, dispatch, load_readings, protocol="https", label="DMZ replica")
tm.flow(historian, forecaster, load_readings, protocol="https", label="load history")
tm.flow(forecaster, dispatch, forecast)

# dispatch to the chargepoint operators and on to the chargers
tm.flow(register, dispatch, enrolment, label="eligible chargers per substation")
tm.flow(dispatch, cpo_api, turn_down, protocol="https")
tm.flow(cpo_api, dispatch, ack, protocol="https")
tm.flow(cpo_api, chargers, turn_down, protocol="wss", label="OCPP charging profile")
tm.flow(chargers, cpo_api, session_reads, protocol="wss")
tm.flow(dispatch, events, event_log)

# control room oversight and override
tm.flow(dispatch, console, event_view, forecast)
tm.flow(console, engineer, event_view, forecast, protocol="https")
tm.flow(engineer, console, override, protocol="https")
tm.flow(console, dispatch, override)

# owner enrolment and statements
tm.flow(owner, portal, enrolment, bank_details, protocol="https")
tm.flow(portal, cpo_api, ownership_check, protocol="https")
tm.flow(cpo_api, portal, ownership_check, protocol="https")
tm.flow(portal, register, enrolment, bank_details)
tm.flow(register, portal, enrolment, statement)
tm.flow(portal, owner, statement, protocol="https")

# settlement and payment
tm.flow(events, settlement, event_log)
tm.flow(cpo_api, settlement, session_reads, protocol="https", label="daily pull")
tm.flow(register, settlement, enrolment, bank_details)
tm.flow(settlement, analyst, payment_calc, protocol="https")
tm.flow(analyst, settlement, run_approval, protocol="https")
tm.flow(settlement, bank, payment_file, protocol="sftp")
tm.flow(settlement, register, statement)
