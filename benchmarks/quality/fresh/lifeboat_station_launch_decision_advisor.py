"""Lifeboat station launch decision advisor: the first design, before any security review.

When the coastguard tasks a lifeboat station, its tasking message (incident position,
nature of the casualty, persons at risk, contact details) arrives over a secure,
mutually authenticated message link at the charity's cloud. An advisor service
combines it with live readings from offshore weather buoys and tide predictions,
asks an in-house model whether the conditions are within each station boat's
operating limits, and suggests which boat to launch. The coxswain sees the advice in
a web app on the station tablet or a phone, signs in with charity single sign-on and
MFA, and makes the launch decision; the app only advises. From the app the coxswain
pages the crew through a third-party pager service whose app runs on the volunteers'
phones. Each decision, the advice behind it and the outcome of the service are logged
for the operations review team's internal dashboard. The charity works in the UK
and Ireland, so casualty and crew data fall under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lifeboat station launch decision advisor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Advises coxswains which lifeboat to launch and whether conditions are "
    "within its limits; the coxswain decides.",
)

# ---------------------------------------------------------------- data assets
tasking = tg.Data(
    "Coastguard tasking message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Incident position, casualty type, persons at risk, informant's phone number.",
)
buoy_readings = tg.Data(
    "Weather buoy readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Wind speed, gusts, significant wave height and period, every 10 minutes.",
)
tide_forecast = tg.Data(
    "Tide forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
boat_limits = tg.Data(
    "Boat operating limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per boat class: wind, sea state, depth at the slipway and range limits.",
)
conditions = tg.Data(
    "Incident conditions features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
)
suitability = tg.Data(
    "Launch suitability assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
advice = tg.Data(
    "Launch advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Suggested boat, limit checks passed or failed, and the incident summary.",
)
decision = tg.Data(
    "Launch decision and outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Coxswain's decision, boat launched, crew on board, times and outcome.",
)
decision_log = tg.Data(
    "Launch decision log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Each decision with the advice and inputs shown at the time.",
)
page = tg.Data(
    "Crew page",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Launch call with station, boat and a one-line incident summary.",
)
crew_response = tg.Data(
    "Crew page response",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which volunteer is responding and their estimated arrival.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The decision maker: uses the advisor app from the station tablet or a phone.
    coxswain = tm.add(tg.Actor("Station coxswain", role="coxswain"))
    # Volunteers' phones running the pager vendor's app; how the crew is called out.
    crew_app = tm.add(
        tg.Device(
            "Crew pager app",
            description="Paging vendor's app on volunteer crew members' own phones.",
        )
    )

with tm.boundary("Coastguard network", trust=tg.Trust.PARTNER):
    # The coastguard's incident system that tasks lifeboat stations.
    coastguard = tm.add(
        tg.ExternalService(
            "Coastguard tasking system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Sends tasking messages to the charity over a secure message link.",
        )
    )

with tm.boundary("Marine data providers", trust=tg.Trust.PARTNER):
    # Live sea and wind conditions near each station.
    buoys = tm.add(
        tg.DataSource(
            "Weather buoy network",
            origin=tg.Origin.PARTNER,
            provides={buoy_readings},
            description="Offshore buoys operated by the national met service.",
        )
    )
    # Tide heights and times, which decide whether a slipway or beach launch is possible.
    tides = tm.add(
        tg.DataSource(
            "Tide prediction service",
            origin=tg.Origin.VENDOR,
            provides={tide_forecast},
            description="Licensed tidal predictions for each station's launch site.",
        )
    )

with tm.boundary("Paging vendor", trust=tg.Trust.PARTNER):
    # Third-party paging platform that delivers launch calls to the crew's phones.
    pager = tm.add(
        tg.ExternalService(
            "Crew paging service",
            description="SaaS paging platform with a send-page API and response callbacks.",
        )
    )

with tm.boundary("Charity cloud", trust=tg.Trust.INTERNAL):
    # Receives tasking messages from the coastguard link and hands them to the advisor.
    gateway = tm.add(
        tg.Service(
            "Tasking message gateway",
            description="Terminates the coastguard message link and parses tasking messages.",
            controls={c.SchemaEnforcement(note="rejects messages not in the agreed format")},
        )
    )
    # The coxswain's web app and API: shows the advice, sends pages, records decisions.
    app = tm.add(
        tg.Endpoint(
            "Coxswain advisor app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="charity single sign-on (OIDC) with authenticator-app MFA"),
                c.RBAC(note="coxswain and launch authority roles per station"),
            },
        )
    )
    # Combines tasking, buoys, tides and boat limits and asks the model; suggests only.
    advisor = tm.add(
        tg.Service(
            "Launch advisor service",
            description="Builds the incident conditions, checks boat limits, ranks boats.",
            controls={
                c.HumanInTheLoop(approver="the station coxswain decides every launch"),
                c.ExplainabilityLogging(note="advice stored with the inputs that produced it"),
            },
        )
    )
    # In-house model judging whether forecast conditions are within a boat's limits.
    model = tm.add(
        tg.Model(
            "Launch suitability model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Gradient-boosted model trained on past services and conditions.",
            controls={c.ModelValidation(note="back-tested against five years of service records")},
        )
    )
    # Reference data of every station's boats and their operating limits.
    limits_register = tm.add(
        tg.DataStore(
            "Boat limits register",
            stores={boat_limits},
            controls={c.RBAC(note="only the operations team edits limits")},
        )
    )
    # What was advised, what was decided and what happened, for operations review.
    log_store = tm.add(
        tg.DataStore(
            "Launch decision log",
            stores={decision_log, decision},
            controls={
                c.AuditLogging(retention_days=2555),
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
            },
        )
    )
    # Internal dashboard the operations review team uses to go through launches.
    dashboard = tm.add(
        tg.Service(
            "Operations review dashboard",
            controls={c.Authentication(method="charity single sign-on (OIDC) with MFA")},
        )
    )

with tm.boundary("Charity corporate network", trust=tg.Trust.INTERNAL):
    # Staff who review launch decisions and outcomes after each service.
    reviewer = tm.add(tg.Actor("Operations review team", role="operations staff"))

# ---------------------------------------------------------------- flows
tm.flow(coastguard, gateway, tasking, protocol="mtls", label="secure message link")
tm.flow(gateway, advisor, tasking)

tm.flow(buoys, advisor, buoy_readings, protocol="https")
tm.flow(tides, advisor, tide_forecast, protocol="https")
tm.flow(limits_register, advisor, boat_limits)

tm.flow(advisor, model, conditions)
tm.flow(model, advisor, suitability)

tm.flow(advisor, app, advice)
tm.flow(app, coxswain, advice, protocol="https")
tm.flow(coxswain, app, decision, protocol="https", label="launch decision and outcome")
tm.flow(app, log_store, decision)
tm.flow(advisor, log_store, decision_log, label="advice with its inputs")

tm.flow(coxswain, app, page, protocol="https", label="page crew")
tm.flow(app, pager, page, protocol="https")
tm.flow(pager, crew_app, page, protocol="https", label="push notification")
tm.flow(crew_app, pager, crew_response, protocol="https")
tm.flow(pager, app, crew_response, protocol="https", label="crew response callback")
tm.flow(app, coxswain, crew_response, protocol="https")

tm.flow(log_store, dashboard, decision_log, decision)
tm.flow(dashboard, reviewer, decision_log, decision, protocol="https")
