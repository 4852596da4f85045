"""Village pond algae alerts: the parish council's first design, before any security review.

The parish council has put a small sensor buoy in the village pond that measures water
temperature, dissolved oxygen, pH and turbidity, and a counter on the duck feeding
station that records how often the grain hopper is used. Both send their readings over
a community LoRaWAN network to a small ingest service in the council's cloud account,
which stores them in a readings database beside a daily weather forecast. An in-house
model (gradient-boosted trees, retrained once a year by a volunteer from the stored
history) predicts the risk of an algal bloom over the next few days. The parish clerk
signs in to an alert dashboard with a username and password, reads the risk, and when
it is high writes a warning that she posts on the village website (a hosted WordPress
site) and that the noticeboard screen in the village hall shows. Residents only read
the website. Traffic to the cloud and the website uses TLS; the clerk decides every
warning herself; there is nothing else in the way of controls yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village pond algae alerts",
    profile=tg.RiskProfile.LOW,
    description="Pond sensors and a bloom model help the parish clerk post algae warnings.",
)

# ---------------------------------------------------------------- data assets
water_readings = tg.Data(
    "Water quality readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Temperature, dissolved oxygen, pH and turbidity every 15 minutes.",
)
feeding_counts = tg.Data(
    "Feeding station counter readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Hopper openings per hour, as a proxy for how much bread and grain goes in.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
history = tg.Data(
    "Pond readings history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="low"),
)
model_file = tg.Data("Bloom model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
bloom_risk = tg.Data(
    "Bloom risk forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
warning = tg.Data(
    "Algae warning notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Pond site", trust=tg.Trust.UNTRUSTED):
    # The buoy sits in a public pond anyone can wade out to.
    buoy = tm.add(
        tg.Device(
            "Water quality sensor buoy",
            fleet=False,
            description="Battery-powered multiparameter probe with a LoRaWAN radio.",
        )
    )
    # Counts uses of the duck feeding station on the bank.
    feeder_counter = tm.add(
        tg.Device(
            "Feeding station counter",
            fleet=False,
            description="Reed-switch counter on the grain hopper lid, LoRaWAN radio.",
        )
    )

with tm.boundary("Community LoRaWAN network", trust=tg.Trust.PARTNER):
    # Volunteer-run network server that relays the radio packets to our ingest service.
    lorawan = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Community network; forwards decoded uplinks by HTTP integration.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Sunshine and temperature forecasts drive bloom risk as much as the pond does.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Council cloud account", trust=tg.Trust.INTERNAL):
    # Receives uplinks from the network server and the daily forecast.
    ingest = tm.add(
        tg.Service(
            "Readings ingest service",
            internet_facing=True,
            description="Small web app with an HTTP endpoint the network server posts to.",
        )
    )
    # All readings and forecasts, kept for retraining and for the dashboard charts.
    readings_db = tm.add(tg.DataStore("Readings database", stores={history, weather}))
    # Predicts bloom risk for the next three days from recent readings and the forecast.
    bloom_model = tm.add(
        tg.Model(
            "Algal bloom model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            description="Gradient-boosted trees predicting chlorophyll risk 1-3 days ahead.",
        )
    )
    # Annual retraining from the stored history, run by a volunteer.
    retraining = tm.add(
        tg.Pipeline(
            "Annual retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Notebook turned script; pip-installs its libraries on each run.",
        )
    )
    # Where the clerk sees the risk and drafts a warning.
    dashboard = tm.add(
        tg.Endpoint(
            "Alert dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="username and password")},
        )
    )

with tm.boundary("Parish office", trust=tg.Trust.INTERNAL):
    # Decides whether to warn, and posts the warning.
    clerk = tm.add(tg.Actor("Parish clerk", role="clerk", privileged=True))
    # Runs the retraining once a year.
    volunteer = tm.add(tg.Actor("Volunteer data analyst", role="volunteer", privileged=True))

with tm.boundary("Web host", trust=tg.Trust.PARTNER):
    # The existing village website, hosted WordPress.
    website = tm.add(
        tg.Service(
            "Village website",
            internet_facing=True,
            controls={c.Authentication(method="WordPress admin username and password")},
        )
    )

with tm.boundary("Village hall", trust=tg.Trust.PARTNER):
    # Screen on the hall's public noticeboard; a stick PC shows the website's alerts page.
    screen = tm.add(
        tg.Device(
            "Noticeboard screen",
            fleet=False,
            description="Kiosk browser on the hall's guest Wi-Fi.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Walkers, dog owners and parents who check before visiting the pond.
    resident = tm.add(tg.Actor("Resident", role="public"))

# ---------------------------------------------------------------- flows
tm.flow(buoy, lorawan, water_readings, protocol="lorawan")
tm.flow(feeder_counter, lorawan, feeding_counts, protocol="lorawan")
tm.flow(
    lorawan, ingest, water_readings, feeding_counts, protocol="https", label="uplink integration"
)
tm.flow(weather_api, ingest, weather, protocol="https", label="daily forecast")
tm.flow(ingest, readings_db, history, weather)

tm.flow(readings_db, bloom_model, history, weather, label="latest readings and forecast")
tm.flow(bloom_model, readings_db, bloom_risk)
tm.flow(readings_db, dashboard, bloom_risk, history)

tm.flow(readings_db, retraining, history, label="annual export")
tm.flow(retraining, bloom_model, model_file, label="deploy new model")
tm.flow(volunteer, retraining, model_file, label="runs and checks the retraining")

tm.flow(
    clerk,
    dashboard,
    warning,
    protocol="https",
    controls={c.HumanInTheLoop(approver="parish clerk")},
    label="reviews risk and drafts warning",
)
tm.flow(dashboard, clerk, bloom_risk, protocol="https")
tm.flow(clerk, website, warning, protocol="https", label="posts warning")
tm.flow(website, screen, warning, protocol="https", label="alerts page")
tm.flow(website, resident, warning, protocol="https")
