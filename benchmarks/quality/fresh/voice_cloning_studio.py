"""Voice cloning studio: the first design, before any security review.

A SaaS product for podcasters and audiobook publishers. A customer uploads a few
minutes of voice recordings in the web studio; a fine-tuning job on our GPU
cluster adapts an open-weights text-to-speech base model into a custom voice,
stored per account in the voice model registry. Customers then generate
narration from scripts, interactively in the studio or in bulk through a REST
API with per-account API keys. A synthesis orchestrator queues jobs, the TTS
service loads the account's voice, and every generated file passes through an
audio watermarker before it is stored and returned. The studio uses email and
password login, the API is rate-limited, uploads are checked for format and
length, and the sample and audio buckets are encrypted at rest with KMS.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Voice cloning studio",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Custom synthetic voices fine-tuned per customer; narration via web studio and API.",
)

# ---------------------------------------------------------------- data assets
voice_samples = tg.Data(
    "Voice samples",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Recordings of the speaker whose voice is cloned; biometric in effect.",
)
script = tg.Data(
    "Narration script",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Unpublished book chapters and episode scripts.",
)
synthesis_job = tg.Data(
    "Synthesis job",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Script segment, voice id and account id.",
)
finetune_job = tg.Data("Fine-tuning request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
raw_audio = tg.Data(
    "Synthesised audio", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
narration = tg.Data("Watermarked narration", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
base_model = tg.Data(
    "Base TTS weights",
    format="safetensors",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
voice_model = tg.Data(
    "Custom voice model",
    format="pickle",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Fine-tuned speaker adapter saved as a PyTorch .pt checkpoint, one per voice.",
)
account = tg.Data("Account records", kind="records", sensitivity=tg.Sensitivity.PII)
api_key = tg.Data("API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Podcasters and publishers using the web studio; anyone can sign up.
    creator = tm.add(tg.Actor("Studio user", role="podcaster or publisher"))
    # A publisher's production system calling the API in bulk.
    api_client = tm.add(tg.Actor("API client", role="customer integration", human=False))
    # Where the open-weights base model is downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Browser front end: sign-up, sample upload, script editor, playback.
    studio = tm.add(
        tg.Endpoint(
            "Web studio",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="email and password"),
                c.InputValidation(note="audio format, sample rate and length checks on upload"),
            },
        )
    )
    # Programmatic narration for publishers.
    rest_api = tm.add(
        tg.Endpoint(
            "Narration REST API",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={
                c.Authentication(method="per-account API key"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Users, plans, voices owned by each account, hashed API keys.
    account_db = tm.add(tg.DataStore("Account database", stores={account, api_key}))
    # Splits scripts into segments, queues synthesis and fine-tuning jobs.
    orchestrator = tm.add(tg.Service("Job orchestrator"))
    # Stamps an inaudible watermark on every generated file.
    watermarker = tm.add(
        tg.Service("Audio watermarker", controls={c.ModelWatermarking(note="output audio only")})
    )
    # Finished narration files, downloadable for 30 days.
    audio_store = tm.add(
        tg.DataStore(
            "Narration store",
            stores={narration},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Uploaded voice recordings, one prefix per account.
        sample_store = tm.add(
            tg.DataStore(
                "Voice sample bucket",
                stores={voice_samples},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Per-account custom voices, keyed by account and voice id.
        registry = tm.add(
            tg.ModelRegistry("Voice model registry", stores={voice_model, base_model})
        )

    with tm.boundary("GPU cluster", trust=tg.Trust.INTERNAL):
        # Adapts the base model to one speaker; shared GPU nodes, one job per voice.
        finetune = tm.add(
            tg.Pipeline(
                "Voice fine-tuning job",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
            )
        )
        # Serves synthesis for all accounts, loading the requested voice per job.
        tts = tm.add(
            tg.Model(
                "TTS synthesis model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Open-weights TTS base plus the account's speaker checkpoint.",
            )
        )

# ---------------------------------------------------------------- flows
# Studio and API traffic
tm.flow(creator, studio, voice_samples, script, protocol="https")
tm.flow(studio, creator, narration, protocol="https")
tm.flow(api_client, rest_api, script, api_key, protocol="https")
tm.flow(rest_api, api_client, narration, protocol="https")
tm.flow(studio, account_db, account)
tm.flow(account_db, studio, account)
tm.flow(account_db, rest_api, api_key, label="key lookup")

# Creating a voice
tm.flow(studio, sample_store, voice_samples)
tm.flow(studio, orchestrator, finetune_job, label="create voice")
tm.flow(orchestrator, finetune, finetune_job)
tm.flow(model_hub, registry, base_model, protocol="https", label="base model download")
tm.flow(registry, finetune, base_model)
tm.flow(sample_store, finetune, voice_samples)
tm.flow(finetune, registry, voice_model)

# Generating narration
tm.flow(studio, orchestrator, synthesis_job, id="studio->orchestrator:synthesis")
tm.flow(rest_api, orchestrator, synthesis_job)
tm.flow(orchestrator, tts, synthesis_job, protocol="grpc")
tm.flow(registry, tts, voice_model, base_model, label="load voice")
tm.flow(tts, watermarker, raw_audio, protocol="grpc")
tm.flow(watermarker, audio_store, narration)
tm.flow(audio_store, studio, narration)
tm.flow(audio_store, rest_api, narration)
