"""Airline crew fatigue report triage: the first design, before any security review.

Pilots and cabin crew of a European airline file fatigue reports in the crew app on
their company iPads or own phones, signing in through the airline's SSO. A report
intake service in the airline's cloud stores each report in the confidential safety
database, adds the reporter's recent duty pattern from the crew rostering system and
asks a hosted LLM (an enterprise API in an EU region) to summarise the report and
classify its severity. The fatigue risk management (FRM) team works through the
triaged queue in a review console and decides on roster changes, which crew
schedulers then make in the rostering system; the reporter sees the status in the app.
Controls: SSO with MFA for crew and staff, role-based access to reports, encryption
at rest and audit logging on the safety database, a vetted LLM vendor, and the FRM
team deciding every roster change.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline crew fatigue report triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries and severity triage of confidential crew fatigue reports.",
)

# ---------------------------------------------------------------- data assets
sso_token = tg.Data("Crew SSO token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
report = tg.Data(
    "Fatigue report",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Free text on sleep, rest, symptoms and duties, with name and staff number.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
duty_history = tg.Data(
    "Recent duty pattern",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The reporter's flown and rostered duties over the last 28 days.",
)
prompt = tg.Data(
    "Triage prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, severity scale, the report text and the duty pattern.",
)
triage = tg.Data(
    "Summary and severity",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
llm_log = tg.Data("Triage request log", sensitivity=tg.Sensitivity.PII, kind="logs")
decision = tg.Data(
    "Roster change decision",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
status = tg.Data("Report status", sensitivity=tg.Sensitivity.PII, kind="records")
roster = tg.Data("Crew roster", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pilots and cabin crew, reporting from hotels, crew rooms and home.
    crew = tm.add(tg.Actor("Crew member", role="pilot or cabin crew"))
    # Crew app on company iPads and personal phones.
    crew_app = tm.add(tg.Device("Crew app", fleet=True))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The airline's cloud SSO tenant, used by crew and office staff alike.
    idp = tm.add(tg.ExternalService("Airline SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model, called through the enterprise API in an EU region.
    llm = tm.add(
        tg.LLM(
            "Triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Summarises each report and classifies severity (low/medium/high/urgent).",
            controls={
                c.SupplierAssessment(note="DPA signed, no training on our data, EU processing")
            },
        )
    )

with tm.boundary("Airline cloud", trust=tg.Trust.INTERNAL):
    # API behind the crew app's fatigue report form.
    crew_api = tm.add(
        tg.Endpoint(
            "Crew reporting API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="airline SSO (OIDC) with MFA")},
        )
    )
    # Stores the report, builds the triage prompt and calls the LLM.
    intake = tm.add(tg.Service("Report intake service"))
    # Prompts and completions kept for troubleshooting the triage.
    log_store = tm.add(tg.DataStore("Triage request log store", stores={llm_log}))
    # Web console the FRM team reviews the triaged queue in.
    console = tm.add(
        tg.Service(
            "FRM review console",
            controls={
                c.Authentication(method="airline SSO (OIDC) with MFA"),
                c.RBAC(note="FRM team only"),
                c.HumanInTheLoop(approver="fatigue risk management team"),
            },
        )
    )

    with tm.boundary("Safety data", trust=tg.Trust.RESTRICTED):
        # The confidential safety database: reports, summaries, severities, decisions.
        safety_db = tm.add(
            tg.DataStore(
                "Safety database",
                stores={report, triage, decision, status},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Operations network", trust=tg.Trust.INTERNAL):
    # Existing crew rostering system: source of duty history, where changes are made.
    rostering = tm.add(tg.Service("Crew rostering system"))
    # Crew schedulers who put the FRM team's roster changes into effect.
    scheduler = tm.add(tg.Actor("Crew scheduler", role="crew scheduling"))

with tm.boundary("Safety office", trust=tg.Trust.INTERNAL):
    # Fatigue risk management analysts who read reports and decide on roster changes.
    frm = tm.add(tg.Actor("FRM analyst", role="fatigue risk management"))

# ---------------------------------------------------------------- flows
tm.flow(crew, crew_app, report, label="fills in the report form")
tm.flow(crew_app, crew, status, label="shown in the app")
tm.flow(crew_app, idp, label="SSO sign-in", protocol="https")
tm.flow(idp, crew_app, sso_token, protocol="https")
tm.flow(crew_app, crew_api, sso_token, report, protocol="https")
tm.flow(crew_api, crew_app, status, protocol="https")

tm.flow(crew_api, intake, report)
tm.flow(intake, safety_db, report, triage)
tm.flow(safety_db, crew_api, status)
tm.flow(rostering, intake, duty_history, protocol="https", label="duty lookup")
tm.flow(intake, llm, prompt, protocol="https")
tm.flow(llm, intake, triage, protocol="https")
tm.flow(intake, log_store, llm_log)

tm.flow(safety_db, console, report, triage)
tm.flow(console, frm, report, triage, label="triaged queue")
tm.flow(frm, console, decision, status)
tm.flow(console, safety_db, decision, status)
tm.flow(console, scheduler, decision, protocol="smtp+starttls", label="roster change request")
tm.flow(scheduler, rostering, roster, label="applies the change")
tm.flow(rostering, scheduler, roster)
