"""Ambulance dispatch priority model: the first design, before any security review.

A regional ambulance service answers 112 calls in its emergency operations centre.
Call takers read a structured triage script in the triage application and enter
the caller's answers; the caller's handset location arrives with the call. A
dispatch recommendation service sends the answers to a priority model (gradient
boosted trees trained on past incidents and their clinical outcomes) and combines
the suggested priority with vehicle positions and road travel times from a mapping
vendor to propose the nearest suitable crew. The dispatcher confirms or changes the
priority and crew in the computer-aided dispatch (CAD) system, which alerts the
crew's in-vehicle terminal over the private mobile network. Incidents are kept in
the CAD database; a pseudonymised extract feeds quarterly retraining. The first
design has smartcard sign-in and role-based access in the control room, dispatcher
confirmation of every suggestion, CAD audit logs and encrypted incident storage.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ambulance dispatch priority model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Suggests dispatch priority and nearest crew for emergency calls.",
)

# ---------------------------------------------------------------- data assets
call = tg.Data(
    "Emergency call",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The caller's voice, number and handset location (AML).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
triage_answers = tg.Data(
    "Triage answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Answers to the structured script: symptoms, age, consciousness, breathing.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
priority = tg.Data(
    "Suggested priority",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Priority category with its probability.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
recommendation = tg.Data(
    "Dispatch recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Suggested priority and the nearest suitable crew, with ETA.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
positions = tg.Data(
    "Vehicle positions and status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
route_query = tg.Data("Route query", kind="records", sensitivity=tg.Sensitivity.PII)
travel_times = tg.Data("Travel times", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dispatch_order = tg.Data(
    "Dispatch order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Incident address, priority, chief complaint and assigned crew.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
incident = tg.Data(
    "Incident record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
history = tg.Data(
    "Historical incidents with outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pseudonymised triage answers, final priority and hospital outcome codes.",
)
weights = tg.Data("Priority model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can call 112; the caller is often a bystander, not the patient.
    caller = tm.add(tg.Actor("Caller", role="member of the public"))

with tm.boundary("Emergency operations centre", trust=tg.Trust.RESTRICTED):
    # Receives 112 calls and the handset location message.
    telephony = tm.add(tg.Service("Control room telephony"))
    # Call takers run the triage script here.
    call_taker = tm.add(tg.Actor("Call taker", role="emergency call handler"))
    # Presents the structured script and records the answers.
    triage_app = tm.add(
        tg.Service(
            "Triage application",
            controls={tg.controls.Authentication(method="smartcard with PIN")},
        )
    )
    # Calls the model and works out the nearest suitable crew.
    recommender = tm.add(
        tg.Service(
            "Dispatch recommendation service",
            description="Combines the suggested priority with vehicle positions and travel times.",
            controls={
                tg.controls.HumanInTheLoop(approver="dispatcher confirms priority and crew in CAD"),
            },
        )
    )
    # Suggests the dispatch priority from the triage answers.
    model = tm.add(
        tg.Model(
            "Priority model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            controls={tg.controls.ModelValidation(note="clinical safety case before go-live")},
        )
    )
    # Dispatchers confirm and send the crew.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="dispatcher"))
    # The system of record for incidents and resources; alerts the crews.
    cad = tm.add(
        tg.Service(
            "Computer-aided dispatch",
            controls={
                tg.controls.Authentication(method="smartcard with PIN"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=2555),
            },
        )
    )
    # Incidents, calls and crew assignments.
    incident_db = tm.add(
        tg.DataStore(
            "Incident database",
            stores={incident, triage_answers},
            controls={tg.controls.EncryptionAtRest(key_management="storage-level keys")},
        )
    )

with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
    # Pseudonymised extract for model development.
    training_set = tm.add(
        tg.Dataset(
            "Incident training set",
            stores={history},
            controls={tg.controls.DataMinimization(note="names, numbers and addresses removed")},
        )
    )
    # Quarterly retraining by the service's analytics team.
    training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
    # Approved model versions that the recommendation service loads.
    registry = tm.add(tg.ModelRegistry("Model repository", stores={weights}))

with tm.boundary("Ambulance fleet network", trust=tg.Trust.PARTNER):
    # In-vehicle terminals on the private mobile network (carrier APN).
    terminals = tm.add(tg.Device("Ambulance terminals", fleet=True))

with tm.boundary("Mapping vendor", trust=tg.Trust.PARTNER):
    # Road network and live traffic travel times.
    routing = tm.add(tg.ExternalService("Routing API", provides="data-provider"))

# ---------------------------------------------------------------- flows
tm.flow(caller, telephony, call, label="112 call and handset location")
tm.flow(telephony, call_taker, call)
tm.flow(telephony, triage_app, call, label="caller number and location")
tm.flow(call_taker, triage_app, triage_answers)
tm.flow(triage_app, call_taker, triage_answers, label="next script question")

tm.flow(triage_app, recommender, triage_answers)
tm.flow(recommender, model, triage_answers)
tm.flow(model, recommender, priority)
tm.flow(cad, recommender, positions, label="available crews")
tm.flow(recommender, routing, route_query, protocol="https")
tm.flow(routing, recommender, travel_times, protocol="https")
tm.flow(recommender, cad, recommendation)

tm.flow(cad, dispatcher, recommendation)
tm.flow(dispatcher, cad, dispatch_order, label="confirms or changes")
tm.flow(cad, terminals, dispatch_order, protocol="tls", label="crew alert")
tm.flow(terminals, cad, positions, protocol="tls", label="GPS and status")
tm.flow(triage_app, cad, triage_answers, label="new incident")
tm.flow(cad, incident_db, incident)
tm.flow(incident_db, cad, incident)

tm.flow(incident_db, training_set, history, label="monthly pseudonymised extract")
tm.flow(training_set, training, history)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
