"""Motorway services washroom cleaning: sensor-driven rota, first design.

A motorway service-area operator (about forty sites) wants cleaning rotas for its
public toilets to follow real use instead of a fixed timetable. Each washroom has
door footfall counters, ammonia sensors and soap/paper dispenser level sensors,
plus a smiley-face feedback terminal that travellers press on the way out. A
LoRaWAN gateway on each site forwards everything over MQTT (TLS, per-gateway
certificates) to the company's cloud account, where an in-house regression model
forecasts cleaning demand per block for the next few hours. A rota planner
combines the forecast with cleaner shifts from the workforce-management SaaS and
drafts a rota that the site duty manager approves in a web app (company SSO with
MFA) before it reaches the cleaners' site-issued handhelds, where cleaners sign
in with their own PIN and tick off tasks. Completed tasks and sensor history feed
a weekly retraining job whose model goes into a versioned registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Motorway services washroom cleaning rota",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Sensor- and feedback-driven cleaning demand forecast and staff rota for service-area toilets.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Washroom sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Footfall counts, ammonia ppm and dispenser fill levels per washroom.",
)
presses = tg.Data(
    "Feedback button presses",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Anonymous smiley/frowny presses with a timestamp.",
)
forecast = tg.Data(
    "Cleaning demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
shifts = tg.Data(
    "Cleaner shifts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who is on shift at which site, from the workforce-management system.",
)
rota = tg.Data(
    "Cleaning rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Named cleaners assigned to washroom blocks and time slots.",
)
completions = tg.Data(
    "Task completions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which cleaner ticked off which washroom task and when.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
approval = tg.Data("Rota approval and edits", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Demand model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Public washrooms", trust=tg.Trust.UNTRUSTED):
    # Members of the public using the toilets; they only press the feedback buttons.
    traveller = tm.add(tg.Actor("Traveller", role="member of the public"))
    # Smiley-face terminal by the exit: the only customer input to the forecast.
    terminal = tm.add(
        tg.Device(
            "Feedback terminal", description="Four-button battery terminal, one per washroom exit."
        )
    )
    # Footfall, ammonia and dispenser sensors mounted in the washrooms.
    sensors = tm.add(
        tg.Device(
            "Washroom sensors",
            description="Door footfall counters, ammonia sensors and dispenser level sensors.",
        )
    )

with tm.boundary("Site back office", trust=tg.Trust.INTERNAL):
    # One LoRaWAN gateway per site, bridging the sensors to the cloud over 4G.
    gateway = tm.add(
        tg.Service(
            "Site IoT gateway", description="LoRaWAN to MQTT bridge in the site comms cabinet."
        )
    )
    # Approves the day's rota and adjusts it when a coach party arrives.
    manager = tm.add(tg.Actor("Site duty manager", role="duty manager"))
    # Cleans the washrooms and ticks off tasks on the handheld.
    cleaner = tm.add(tg.Actor("Cleaner", role="cleaning staff"))
    # Site-issued Android handhelds shared across shifts, enrolled in MDM.
    handheld = tm.add(
        tg.Device(
            "Cleaner handheld", description="Site-issued Android handheld running the rota app."
        )
    )

with tm.boundary("Workforce management vendor", trust=tg.Trust.PARTNER):
    # SaaS the HR team already uses for shifts and holidays; the source of who is working.
    wfm = tm.add(tg.ExternalService("Workforce management system", provides="data-provider"))

with tm.boundary("Operations cloud", trust=tg.Trust.INTERNAL):
    # Receives MQTT messages from every site gateway and writes them to the history store.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(
                    note="drops messages that do not match the sensor payload schema"
                )
            },
        )
    )
    # Time-series history of readings and feedback, per site and washroom.
    history = tm.add(tg.DataStore("Sensor history store", stores={readings, presses}))
    # Gradient-boosted regressor predicting cleaning need per block per 30 minutes.
    demand_model = tm.add(tg.Model("Cleaning demand model", task=tg.Task.REGRESSOR))
    # Turns forecast plus shifts into a draft rota; nothing is published until approved.
    planner = tm.add(
        tg.Service(
            "Rota planner",
            description="Assigns on-shift cleaners to washroom blocks from the demand forecast.",
            controls={
                c.HumanInTheLoop(
                    approver="site duty manager",
                    note="each day's rota is approved before it is published",
                )
            },
        )
    )
    # Rotas, approvals and task completions.
    rota_db = tm.add(
        tg.DataStore(
            "Rota and task database",
            stores={rota, completions, approval},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # One web app for the managers' dashboard and the handheld rota app's API.
    web_app = tm.add(
        tg.Endpoint(
            "Rota web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="company SSO (Entra ID) with MFA for managers; each cleaner's own PIN on the site-issued handheld"
                ),
                c.RBAC(note="managers see their own site; cleaners see only their tasks"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Weekly job that refits the demand model on the last year of history.
        retraining = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
        # Holds model versions; serving loads the version tagged current.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(traveller, terminal, presses, label="presses a button")
tm.flow(terminal, gateway, presses, protocol="lorawan")
tm.flow(sensors, gateway, readings, protocol="lorawan")
tm.flow(
    gateway,
    ingestion,
    readings,
    presses,
    protocol="mqtts",
    controls={tls, c.MutualAuthentication(note="per-gateway X.509 client certificate")},
)
tm.flow(ingestion, history, readings, presses)

tm.flow(history, demand_model, readings, presses, label="recent usage")
tm.flow(demand_model, planner, forecast)
tm.flow(wfm, planner, shifts, protocol="https", controls={tls}, label="shift pull every 15 minutes")
tm.flow(planner, rota_db, rota, label="draft rota")
tm.flow(rota_db, planner, approval, label="approved rota to publish")

tm.flow(rota_db, web_app, rota, completions, approval)
tm.flow(web_app, rota_db, approval, completions)
tm.flow(history, web_app, readings, label="live washroom status")
tm.flow(manager, web_app, approval, protocol="https", controls={tls})
tm.flow(web_app, manager, rota, completions, readings, protocol="https", controls={tls})
tm.flow(web_app, handheld, rota, protocol="https", controls={tls}, label="my tasks")
tm.flow(cleaner, handheld, completions, label="ticks off a task")
tm.flow(handheld, web_app, completions, protocol="https", controls={tls})

tm.flow(history, retraining, readings, presses)
tm.flow(rota_db, retraining, completions, label="actual cleaning times")
tm.flow(retraining, registry, weights)
tm.flow(registry, demand_model, weights, label="load current version")
