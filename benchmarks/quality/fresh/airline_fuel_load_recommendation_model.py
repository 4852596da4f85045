"""Airline extra-fuel recommendation model: the first design, before any security review.

For every scheduled flight, a recommendation service estimates how much extra
(discretionary) fuel to carry above the legal minimum the flight planning system
computes. A gradient-boosted model reads the planned route and payload, the
weather provider's forecast and the historical burn and holding of similar flights
(from ACARS fuel reports), and returns an extra-fuel figure with its main drivers.
Dispatchers in the operations control centre see it beside the flight plan in the
dispatch console and choose the planned fuel; the captain sees both in the briefing
package on the crew EFB and signs the final fuel order, adding fuel as they judge.
The flight planning system is a vendor SaaS; the data platform runs on premises.
The model is retrained monthly and backtested against actual burn before promotion.
Controls: SSO with MFA and roles on the dispatch console, schema checks on incoming
feeds, model validation and versioning, and TLS on every link outside our network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Extra-fuel recommendation",
    profile=tg.RiskProfile.HIGH,
    description="Per-flight discretionary fuel recommendation for dispatchers and captains.",
)

# ---------------------------------------------------------------- data assets
forecast = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Winds and temperatures aloft, TAFs and SIGMETs along the route and at alternates.",
)
flight_plan = tg.Data(
    "Operational flight plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Route, payload, alternates, trip and minimum fuel.",
)
burn_reports = tg.Data(
    "ACARS fuel reports",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="OOOI times and fuel on board at each phase, sent from the aircraft.",
)
history = tg.Data(
    "Historical flight records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Planned and actual fuel, holding and diversions of past flights.",
)
training_set = tg.Data(
    "Fuel training examples", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
features = tg.Data("Flight fuel features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
recommendation = tg.Data(
    "Extra fuel recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Extra fuel in kg with the top drivers (holding history, en-route weather).",
)
fuel_decision = tg.Data(
    "Dispatcher planned fuel",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
briefing = tg.Data(
    "Flight briefing package", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
fuel_order = tg.Data(
    "Captain fuel order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
model_file = tg.Data(
    "Extra fuel model artifact", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
train_config = tg.Data("Training configuration", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Aviation weather forecasts along routes and at destinations and alternates.
    weather_feed = tm.add(
        tg.DataSource("Aviation weather feed", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("Datalink provider", trust=tg.Trust.PARTNER):
    # Relays ACARS fuel and OOOI reports from our aircraft to the airline.
    acars = tm.add(
        tg.DataSource("ACARS datalink service", origin=tg.Origin.PARTNER, provides={burn_reports})
    )

with tm.boundary("Flight planning vendor", trust=tg.Trust.PARTNER):
    # SaaS flight planning: computes routes and minimum fuel, builds briefing packages.
    planning = tm.add(
        tg.ExternalService(
            "Flight planning system",
            description="Vendor-hosted; holds the operational flight plans of the airline.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Company-managed tablets used on airport Wi-Fi and cellular networks.
    efb = tm.add(
        tg.Device(
            "Crew EFB tablet",
            fleet=True,
            description="Managed iPad with the vendor's briefing app; shows the flight package.",
        )
    )
    # Pilot in command: has the final say on fuel and signs the fuel order.
    captain = tm.add(tg.Actor("Captain", role="pilot in command"))

with tm.boundary("Operations control centre", trust=tg.Trust.INTERNAL):
    # Plans each flight's fuel with the recommendation in view.
    dispatcher = tm.add(tg.Actor("Flight dispatcher", role="dispatcher"))
    # The dispatcher's application; shows the plan, the recommendation and its drivers.
    console = tm.add(
        tg.Endpoint(
            "Dispatch console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Flight operations data platform", trust=tg.Trust.INTERNAL):
    # Flight history: plans, ACARS burn reports and dispatcher and captain fuel choices.
    warehouse = tm.add(
        tg.DataStore("Flight data warehouse", stores={history, flight_plan, burn_reports})
    )
    # Builds per-flight features from the plan, the forecast and route history.
    feature_job = tm.add(
        tg.Pipeline(
            "Fuel feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.SchemaEnforcement(note="range and unit checks on weather and ACARS fields")
            },
        )
    )
    # Scores each flight three hours before departure and on every plan revision.
    rec_service = tm.add(
        tg.Service(
            "Fuel recommendation service",
            description="Advisory only: dispatchers and captains decide the fuel.",
        )
    )
    # The model: predicts the extra fuel needed from expected burn and holding risk.
    model = tm.add(
        tg.Model(
            "Extra fuel model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted quantile regressor on two years of flights.",
        )
    )
    # Training examples built from the warehouse each month.
    dataset = tm.add(tg.Dataset("Fuel training set", stores={training_set}))
    # Monthly retraining with a backtest against actual burn before promotion.
    training = tm.add(
        tg.Pipeline(
            "Monthly training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on the last quarter's flights")},
        )
    )
    # Versioned model artifacts; serving pins the promoted version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Fuel-efficiency team's data scientist who builds and promotes the model.
    engineer = tm.add(
        tg.Actor("Fuel efficiency data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
# inputs
tm.flow(weather_feed, feature_job, forecast, protocol="https")
tm.flow(acars, warehouse, burn_reports, protocol="https")
tm.flow(planning, warehouse, flight_plan, protocol="https", label="flight plans and revisions")
tm.flow(warehouse, feature_job, flight_plan, history)
tm.flow(feature_job, rec_service, features)

# recommending
tm.flow(rec_service, model, features)
tm.flow(model, rec_service, recommendation)
tm.flow(rec_service, console, recommendation)
tm.flow(
    rec_service, planning, recommendation, protocol="https", label="added to the briefing package"
)

# deciding
tm.flow(console, dispatcher, flight_plan, recommendation)
tm.flow(dispatcher, console, fuel_decision)
tm.flow(console, planning, fuel_decision, protocol="https")
tm.flow(planning, efb, briefing, protocol="https")
tm.flow(efb, captain, briefing)
tm.flow(captain, efb, fuel_order)
tm.flow(efb, planning, fuel_order, protocol="https")
tm.flow(
    planning, warehouse, fuel_decision, fuel_order, protocol="https", label="final fuel figures"
)

# training
tm.flow(warehouse, dataset, history, burn_reports, label="monthly extract")
tm.flow(dataset, training, training_set)
tm.flow(engineer, training, train_config, protocol="https")
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="load pinned version")
