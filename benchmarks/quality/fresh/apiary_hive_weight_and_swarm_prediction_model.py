"""Hive weight and swarm prediction: the first design, before any security review.

An EU beekeeping cooperative's hive-monitoring service. Members put a scale and a
temperature sensor under each hive; the kit sends weight and brood temperature
every 15 minutes over the mobile network to an ingestion endpoint in our cloud.
A nightly job adds a weather forecast and asks an in-house model how likely each
colony is to swarm and whether a nectar flow is starting, then writes advice per
hive. Members read it in the cooperative app, report swarms they saw (these
become training labels) and ask questions; a hosted LLM answers from the
member's advice and the cooperative's handbook. Controls: per-device keys on the
sensor kits, e-mail and password sign-in, TLS on outside links, managed-key
encryption of the databases, a per-member token quota and a versioned registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hive weight and swarm prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Swarm and nectar-flow advice for cooperative members from hive scales, "
    "with an LLM that answers questions about the advice.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Hive sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hive weight, brood temperature and battery level every 15 minutes.",
)
forecast = tg.Data("Local weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
members = tg.Data(
    "Member and apiary records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, apiary locations and hive inventory of each member.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
sign_in = tg.Data(
    "Member sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
swarm_reports = tg.Data(
    "Member swarm reports",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A member's report that a hive swarmed, with date; used as training labels.",
)
hive_features = tg.Data(
    "Hive and weather features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
predictions = tg.Data(
    "Swarm and nectar-flow predictions", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
advice = tg.Data(
    "Hive advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-hive advice linked to the member and apiary it is for.",
)
question = tg.Data("Member question about advice", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with advice and handbook context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the member's question, their hives' advice and handbook passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
handbook = tg.Data(
    "Beekeeping handbook",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The cooperative's guidance on swarm control, feeding and honey harvest.",
)
run_settings = tg.Data(
    "Retraining run settings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Season range and hyperparameters the adviser picks for a run.",
)
weights = tg.Data("Swarm model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Member apiaries", trust=tg.Trust.UNTRUSTED):
    # The scale and temperature probe under each hive, in members' fields.
    sensor_kit = tm.add(
        tg.Device(
            "Hive scale and temperature sensor",
            fleet=True,
            description="Battery-powered kit with a cellular modem; one per hive.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Cooperative members using the app on their phones.
    member = tm.add(tg.Actor("Member beekeeper", role="cooperative member"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API for the apiary locations.
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model that words the answers to members' questions.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Cooperative cloud", trust=tg.Trust.INTERNAL):
    # Receives the sensor kits' uploads.
    ingestion = tm.add(
        tg.Endpoint(
            "Telemetry ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="per-device API key")},
        )
    )
    # Time series of every hive's readings.
    readings_db = tm.add(
        tg.DataStore(
            "Hive readings store",
            stores={readings},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Scores every hive once a night and writes the advice.
    advice_job = tm.add(
        tg.Service(
            "Nightly advice job",
            description="Builds features from the last weeks of readings and the forecast, "
            "calls the model and turns its predictions into advice text by fixed rules.",
        )
    )
    # Predicts swarming probability and nectar-flow onset per hive.
    swarm_model = tm.add(
        tg.Model(
            "Swarm and nectar-flow model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees over weight and temperature trends and weather.",
        )
    )
    # Advice per hive, read by the app and the assistant.
    advice_db = tm.add(tg.DataStore("Hive advice store", stores={advice}))
    # Members, their apiaries, sign-in and swarm reports.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={members, sign_in, swarm_reports},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Backend of the member app.
    app_api = tm.add(
        tg.Endpoint(
            "Member app API",
            purpose=tg.EndpointPurpose.API,
            description="Returns the signed-in member's hives and advice and takes swarm reports.",
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Answers members' questions about their advice with the hosted LLM.
    qa_assistant = tm.add(
        tg.Service(
            "Advice Q&A assistant",
            description="Fetches the member's advice and handbook passages and asks the LLM.",
            controls={
                tg.controls.RateLimiting(requests_per_minute=10, note="per-member token quota")
            },
        )
    )
    # Guidance text the assistant quotes from.
    handbook_db = tm.add(tg.DataStore("Beekeeping handbook store", stores={handbook}))
    # Retrains the model each winter from the season's readings and swarm reports.
    training = tm.add(
        tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Keeps trained model versions; the advice job loads the promoted one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
        )
    )

with tm.boundary("Cooperative office", trust=tg.Trust.INTERNAL):
    # The cooperative's bee adviser maintains the handbook and runs retraining.
    adviser = tm.add(tg.Actor("Cooperative bee adviser", role="adviser", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(sensor_kit, ingestion, readings, protocol="https")
tm.flow(ingestion, readings_db, readings)

tm.flow(weather, advice_job, forecast, protocol="https")
tm.flow(readings_db, advice_job, readings, label="nightly batch")
tm.flow(advice_job, swarm_model, hive_features)
tm.flow(swarm_model, advice_job, predictions)
tm.flow(advice_job, advice_db, advice)

tm.flow(member, app_api, sign_in, swarm_reports, question, protocol="https")
tm.flow(app_api, member, advice, answer, protocol="https")
tm.flow(app_api, member_db, sign_in, swarm_reports, members)
tm.flow(member_db, app_api, members, sign_in)
tm.flow(advice_db, app_api, advice)

tm.flow(app_api, qa_assistant, question)
tm.flow(qa_assistant, app_api, answer)
tm.flow(advice_db, qa_assistant, advice, label="member's hive advice")
tm.flow(handbook_db, qa_assistant, handbook)
tm.flow(qa_assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, qa_assistant, completion, protocol="https")

tm.flow(adviser, handbook_db, handbook, protocol="https", label="edits guidance")
tm.flow(readings_db, training, readings, label="season export")
tm.flow(member_db, training, swarm_reports, label="season export")
tm.flow(training, registry, weights)
tm.flow(registry, swarm_model, weights, label="deploy promoted version")
tm.flow(adviser, training, run_settings, protocol="https", label="starts retraining run")
