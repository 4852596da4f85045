"""Marathon medical tent triage assistant: the first design, before any security review.

On race day the city marathon runs a dozen medical tents along the course and at the
finish. First-aid volunteers, supplied by a first-aid charity under contract, use
event-issued tablets to log each casualty: the runner's bib number, symptoms and vital
signs. A triage service in the race organiser's cloud tenant looks the bib up in the
registration database (age, declared medical conditions, emergency contact), fetches the
runner's last timing splits from the timing company, and asks a hosted LLM for a suggested
triage priority and the matching protocol from the medical team's protocol handbook. The
suggestion is shown on the tablet and on the race doctors' dashboard; a race doctor decides
treatment and whether to request an ambulance, which the dashboard sends to the city
ambulance service's event liaison. Tablets sign in with one login per tent; doctors have
individual accounts with an SMS code. Traffic is TLS, the casualty records are encrypted at
rest, and the LLM vendor was signed up under a data processing agreement (EU region).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marathon medical tent triage assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Race-day casualty logging with LLM-suggested triage priority; doctors decide.",
)

# ---------------------------------------------------------------- data assets
casualty_report = tg.Data(
    "Casualty report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Bib number, symptoms, vital signs and free-text notes typed by a volunteer.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
bib_number = tg.Data("Bib number", kind="records", sensitivity=tg.Sensitivity.PII)
runner_profile = tg.Data(
    "Runner medical profile",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, age, declared medical conditions and emergency contact from registration.",
)
splits = tg.Data("Runner timing splits", kind="records", sensitivity=tg.Sensitivity.PII)
protocols = tg.Data(
    "Clinical protocol handbook",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The medical director's protocols: heat illness, collapse, hyponatraemia, etc.",
)
triage_prompt = tg.Data("Triage prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
suggestion = tg.Data(
    "Suggested triage priority and protocol",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
casualty_record = tg.Data(
    "Casualty record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The report, the suggestion, and the doctor's decision, kept for the medical log.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
decision = tg.Data("Treatment decision", kind="records", sensitivity=tg.Sensitivity.REGULATED)
ambulance_request = tg.Data(
    "Ambulance request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Tent location, casualty condition and priority for the ambulance liaison.",
)
ambulance_eta = tg.Data("Ambulance ETA", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Race course", trust=tg.Trust.PARTNER):
    # First-aid charity volunteers staffing the medical tents.
    volunteer = tm.add(tg.Actor("Medical tent volunteer", role="first-aid volunteer"))
    # Event-issued tablets on the mobile network, one or two per tent.
    tablet = tm.add(
        tg.Device(
            "Triage tablet app",
            fleet=True,
            description="Managed Android tablets running the casualty logging app.",
        )
    )
    # Race doctors at the medical command post and the finish-line tent.
    doctor = tm.add(tg.Actor("Race doctor", role="clinician"))

with tm.boundary("Race organiser cloud", trust=tg.Trust.INTERNAL):
    # The API the tablets talk to.
    triage_api = tm.add(
        tg.Endpoint(
            "Triage API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="one login per tent, shared by its volunteers")},
        )
    )
    # Builds the prompt from the report, the runner's profile, splits and protocols.
    orchestrator = tm.add(
        tg.Service(
            "Triage orchestrator",
            description="Looks up the bib, gathers context and asks the LLM for a suggestion.",
        )
    )
    # Registration data exported from the entries platform before race day.
    registration_db = tm.add(
        tg.DataStore(
            "Runner registration database",
            stores={runner_profile},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The medical director's protocols, included in the prompt.
    protocol_store = tm.add(tg.DataStore("Protocol handbook store", stores={protocols}))
    # The race-day medical log.
    casualty_db = tm.add(
        tg.DataStore(
            "Casualty records store",
            stores={casualty_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where doctors see the casualties, decide, and request ambulances.
    dashboard = tm.add(
        tg.Endpoint(
            "Doctor dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="individual accounts, password and SMS code"),
                c.HumanInTheLoop(approver="the race doctor on duty"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model, EU region.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA signed, EU data residency")},
        )
    )

with tm.boundary("Timing company", trust=tg.Trust.PARTNER):
    # The chip-timing contractor's live results API.
    timing = tm.add(
        tg.ExternalService("Race timing service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("City ambulance service", trust=tg.Trust.PARTNER):
    # The ambulance service's event liaison desk, which dispatches crews.
    ambulance = tm.add(tg.ExternalService("Ambulance event liaison"))

# ---------------------------------------------------------------- flows
tm.flow(volunteer, tablet, casualty_report, label="entered at the tent")
tm.flow(tablet, volunteer, suggestion, decision, label="shown on screen")
tm.flow(tablet, triage_api, casualty_report, protocol="https")
tm.flow(triage_api, tablet, suggestion, decision, protocol="https")

tm.flow(triage_api, orchestrator, casualty_report)
tm.flow(orchestrator, triage_api, suggestion)
tm.flow(orchestrator, registration_db, bib_number, label="bib lookup")
tm.flow(registration_db, orchestrator, runner_profile)
tm.flow(orchestrator, timing, bib_number, protocol="https")
tm.flow(timing, orchestrator, splits, protocol="https")
tm.flow(protocol_store, orchestrator, protocols)
tm.flow(orchestrator, llm, triage_prompt, protocol="https")
tm.flow(llm, orchestrator, suggestion, protocol="https")
tm.flow(orchestrator, casualty_db, casualty_record)

tm.flow(casualty_db, dashboard, casualty_record)
tm.flow(dashboard, doctor, casualty_record, protocol="https")
tm.flow(doctor, dashboard, decision, protocol="https")
tm.flow(dashboard, casualty_db, decision)
tm.flow(casualty_db, triage_api, decision, label="decision back to the tent")
tm.flow(dashboard, ambulance, ambulance_request, protocol="https")
tm.flow(ambulance, dashboard, ambulance_eta, protocol="https")
