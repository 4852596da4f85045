"""Air ambulance go/no-go weather advice: the first design.

When the regional ambulance service's dispatch system tasks the charity's
helicopter to an incident, the charity's dispatch console passes the incident
location to a flight feasibility service. It plans a route from the base via the
scene to a receiving hospital, pulls aviation weather observations and forecasts
from a commercial weather provider, and asks an in-house model for go/no-go advice
along the route. The dispatcher sees the advice on the console and the pilot on a
crew tablet at the base; the pilot has the final say, and the accepted or declined
tasking goes back to the ambulance service. Advice, its inputs and the crew's
decision are written to a decision log that the safety manager reviews and that
the model is retrained from. The services run in the charity's cloud tenancy;
controls are staff SSO, managed tablets, TLS, the crew's approval of every flight
and per-decision logging.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Air ambulance go/no-go weather advice",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Go/no-go flight advice from weather and route for an air ambulance charity; "
    "the dispatcher and pilot decide and every decision is logged for review.",
)

# ---------------------------------------------------------------- data assets
tasking = tg.Data(
    "Tasking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Incident location, call category and a short patient condition summary.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
tasking_response = tg.Data("Tasking response", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
incident_location = tg.Data("Incident location", kind="records", sensitivity=tg.Sensitivity.PII)
weather = tg.Data(
    "Weather observations and forecasts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="METARs, TAFs, radar and cloud-base/visibility forecasts along the route.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
aero_data = tg.Data(
    "Terrain, obstacle and airspace data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
route = tg.Data("Route plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
flight_features = tg.Data(
    "Route weather features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
advice = tg.Data(
    "Go/no-go advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Go, marginal or no-go, with the limiting weather factor per route leg.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
crew_decision = tg.Data("Crew flight decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
decision_record = tg.Data(
    "Decision log record",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Tasking, route, weather snapshot, advice, who decided what and why.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Go/no-go model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Ambulance service", trust=tg.Trust.PARTNER):
    # The NHS ambulance trust's computer-aided dispatch system that tasks the helicopter.
    cad = tm.add(tg.ExternalService("Ambulance CAD system", description="Tasking interface."))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial aviation weather feed (observations, forecasts, radar).
    weather_feed = tm.add(
        tg.DataSource(
            "Aviation weather provider",
            origin=tg.Origin.VENDOR,
            provides={weather},
        )
    )

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # The dispatcher's web console: incoming taskings, advice, crew decision.
    console = tm.add(
        tg.Service(
            "Dispatch console",
            controls={c.Authentication(method="staff SSO with MFA")},
        )
    )
    # Gathers route and weather, calls the model and publishes the advice.
    feasibility = tm.add(tg.Service("Flight feasibility service"))
    # Plans base -> scene -> hospital legs around terrain and controlled airspace.
    planner = tm.add(tg.Service("Route planner"))
    # Reference terrain, obstacle, airspace and helipad data, updated each AIRAC cycle.
    aero_store = tm.add(tg.DataStore("Terrain and airspace map", stores={aero_data}))
    # The go/no-go model; advice only, the crew decides.
    model = tm.add(
        tg.Model(
            "Go/no-go weather model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Scores flyability of each route leg from cloud base, visibility, wind and icing.",
            controls={
                c.HumanInTheLoop(approver="the pilot, with the dispatcher"),
                c.ExplainabilityLogging(),
            },
        )
    )
    # Record of every advice and decision, for safety review and retraining.
    decision_log = tm.add(
        tg.DataStore(
            "Decision log",
            stores={decision_record},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # Quarterly retraining from logged decisions and their outcomes.
    training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
    # Versions of the model that the feasibility service loads.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Operations centre", trust=tg.Trust.INTERNAL):
    # Takes the tasking, reads the advice and agrees the decision with the pilot.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="flight dispatcher"))
    # Reviews logged decisions, especially declined and aborted flights.
    safety_manager = tm.add(tg.Actor("Safety manager", role="flight safety reviewer"))
    # Contract analyst who builds and retrains the model.
    analyst = tm.add(tg.Actor("Data analyst", role="data analyst", privileged=True))

with tm.boundary("Helicopter base", trust=tg.Trust.INTERNAL):
    # Managed tablet the crew read the advice on and record their decision with.
    tablet = tm.add(
        tg.Device(
            "Crew tablet",
            fleet=True,
            controls={c.Authentication(method="MDM-enrolled tablet with crew PIN")},
        )
    )
    # Pilot in command: the final say on whether to fly.
    pilot = tm.add(tg.Actor("Pilot", role="pilot in command"))

# ---------------------------------------------------------------- flows
tm.flow(cad, console, tasking, protocol="https")
tm.flow(console, cad, tasking_response, protocol="https")
tm.flow(console, dispatcher, tasking, advice, protocol="https")
tm.flow(dispatcher, console, crew_decision, protocol="https")

tm.flow(console, feasibility, incident_location)
tm.flow(weather_feed, feasibility, weather, protocol="https")
tm.flow(feasibility, planner, incident_location)
tm.flow(aero_store, planner, aero_data)
tm.flow(planner, feasibility, route)
tm.flow(feasibility, model, flight_features)
tm.flow(model, feasibility, advice)
tm.flow(feasibility, console, advice, route)

tm.flow(feasibility, tablet, advice, route, protocol="https")
tm.flow(tablet, pilot, advice, route)
tm.flow(pilot, tablet, crew_decision)
tm.flow(tablet, console, crew_decision, protocol="https")

tm.flow(feasibility, decision_log, decision_record, label="advice with inputs")
tm.flow(console, decision_log, decision_record, label="tasking and crew decision")
tm.flow(decision_log, safety_manager, decision_record, protocol="https")

tm.flow(analyst, training, training_config, protocol="https")
tm.flow(decision_log, training, decision_record)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load on deploy")
