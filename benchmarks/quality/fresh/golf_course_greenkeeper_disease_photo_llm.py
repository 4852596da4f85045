"""Greenkeeper turf-disease assistant: the first design, before any security review.

Greenkeepers out on the course photograph suspect turf patches (dollar spot, fusarium,
anthracnose...) with the club's shared tablets and add a short note of what they see.
The photo and note go to a small web app the club runs in its own cloud tenant. An
orchestrator there adds the last days of readings from the on-course weather station
and the forecast (both from the weather provider's API), the recent spray records and
matching passages from an agronomy library indexed from manufacturers' product labels
and disease guides, and asks a hosted vision LLM for likely diseases and treatment
options. The head greenkeeper reads the suggestions in the web app and alone decides
whether and what to spray; they record each application in the spray records.
Controls in this design: per-user e-mail and password sign-in to the web app, HTTPS
on every link that leaves the club tenant, and the cloud provider's default
encryption at rest on the photo bucket and the spray records database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Greenkeeper turf-disease photo assistant",
    profile=tg.RiskProfile.LOW,
    description=(
        "Suggests likely turf diseases and treatments from greenkeepers' photos and "
        "weather data; the head greenkeeper decides on fungicide use."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Turf patch photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Close-ups of affected turf, with GPS position, hole and green.",
)
notes = tg.Data(
    "Greenkeeper observation notes",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free text typed with the photo: symptoms, mowing height, recent work.",
)
station_readings = tg.Data(
    "Weather station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Air and soil temperature, humidity, leaf wetness and rainfall every 15 minutes.",
)
forecast = tg.Data("Weather forecast and station history", kind="records")
labels = tg.Data(
    "Fungicide product labels and disease guides",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
guidance = tg.Data("Agronomy guidance passages", kind="retrieved-context")
lookup = tg.Data("Disease guidance query", kind="prompt")
spray_records = tg.Data(
    "Spray records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Product, rate, area, operator and date of each application: a legal record.",
)
diagnosis_prompt = tg.Data(
    "Diagnosis prompt",
    kind="prompt",
    description="System prompt, photos, notes, weather summary, guidance and recent sprays.",
)
suggestions = tg.Data(
    "Disease and treatment suggestions",
    kind="model-output",
    description="Likely diseases with reasons, and treatment options with product and rate.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Golf course and maintenance facility", trust=tg.Trust.INTERNAL):
    # Greenkeeping staff who find and photograph the patches.
    greenkeeper = tm.add(tg.Actor("Greenkeeper", role="greenkeeping staff"))
    # Decides on treatment and signs off every spray; the only user who writes spray records.
    head = tm.add(tg.Actor("Head greenkeeper", role="head greenkeeper", privileged=True))
    # Club-owned tablets shared by the team, on mobile data out on the course.
    tablet = tm.add(
        tg.Device(
            "Greenkeeping tablet",
            description="Shared club tablets running the web app in a browser.",
        )
    )
    # The club's weather station by the 9th green; it uploads to the provider's cloud.
    station = tm.add(tg.Device("On-course weather station", fleet=False))

with tm.boundary("Club cloud tenant", trust=tg.Trust.INTERNAL):
    # What staff open on the tablets and the office PC; reached over the internet.
    web_app = tm.add(
        tg.Endpoint(
            "Turf assistant web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="individual staff accounts, e-mail and password")},
        )
    )
    # Gathers photo, notes, weather, guidance and spray history and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Diagnosis orchestrator",
            description="Builds the diagnosis prompt and returns the model's suggestions.",
        )
    )
    # Keeps every photo so that a patch can be compared over the following days.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos, notes},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # The club's record of pesticide applications, also read for fungicide rotation.
    spray_db = tm.add(
        tg.DataStore(
            "Spray records database",
            stores={spray_records},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Chunks of product labels and disease guides, for the prompt's context.
    library = tm.add(tg.VectorStore("Agronomy reference library", stores={guidance}))
    # Re-indexes the labels and guides when the head greenkeeper adds or updates a product.
    indexer = tm.add(tg.Pipeline("Reference indexing job", stage=tg.Stage.INGESTION))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Manufacturers' and extension services' web pages the labels and guides come from.
    label_source = tm.add(
        tg.DataSource(
            "Manufacturer label and disease guide pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={labels},
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Hosts the station's data and serves the local forecast.
    weather_api = tm.add(tg.ExternalService("Weather data API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose multimodal model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Reads the photos and context and suggests diseases and treatments.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(greenkeeper, tablet, photos, notes, label="takes photo in the app")
tm.flow(tablet, web_app, photos, notes, protocol="https")
tm.flow(web_app, orchestrator, photos, notes)
tm.flow(orchestrator, photo_store, photos, notes)
tm.flow(photo_store, orchestrator, photos, notes, label="earlier photos of the same patch")

tm.flow(station, weather_api, station_readings, protocol="https")
tm.flow(weather_api, orchestrator, forecast, protocol="https")

tm.flow(orchestrator, library, lookup, label="similarity query")
tm.flow(library, orchestrator, guidance)
tm.flow(spray_db, orchestrator, spray_records, label="last 60 days of applications")

tm.flow(orchestrator, llm, diagnosis_prompt, protocol="https")
tm.flow(llm, orchestrator, suggestions, protocol="https")
tm.flow(orchestrator, web_app, suggestions)
tm.flow(web_app, head, suggestions, photos, protocol="https")
tm.flow(web_app, tablet, suggestions, protocol="https")

tm.flow(head, web_app, spray_records, protocol="https", label="records an application")
tm.flow(web_app, spray_db, spray_records)
tm.flow(spray_db, web_app, spray_records)
tm.flow(web_app, head, spray_records, protocol="https", label="spray history")

tm.flow(label_source, indexer, labels, protocol="https")
tm.flow(indexer, library, guidance)
