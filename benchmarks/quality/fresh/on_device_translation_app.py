"""On-device translation app: the first design, before any security review.

A consumer mobile app translates what the user says into the microphone and
text the user points the camera at. Speech recognition, OCR and translation run
offline on the phone with in-house models; a model pack per language pair is
downloaded from the company's CDN and cached on the device. For rare languages
with no pack, the app sends the recognised text through our translation proxy to
a vendor's cloud translation API when the phone is online. Users have no account.
Users may opt in to share their corrections of bad translations; the corrections
go to an ingestion API, an anonymisation job strips names and numbers, and the
result is mixed with public parallel corpora to fine-tune the next model packs.
An ML engineer approves each pack release before it is pushed to the CDN.
Controls in this design: HTTPS everywhere off the phone, a rate limit and a vaulted
vendor key on the proxy, size checks on corrections, NER-based anonymisation,
evaluation gates on fine-tuning, versioned packs and a manual release approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "On-device translation app",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Offline speech and camera translation on phones, with a cloud fallback "
    "for rare languages and opt-in correction sharing.",
)

# ---------------------------------------------------------------- data assets
captures = tg.Data(
    "Speech and camera captures",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Microphone audio and camera frames; may show faces, documents, conversations.",
)
corrections = tg.Data(
    "User corrections",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Source text, the app's translation and the user's fix, with a random install id.",
)
translation = tg.Data("Translation result", kind="model-output", sensitivity=tg.Sensitivity.PII)
source_text = tg.Data(
    "Text to translate",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Recognised text and language pair sent for cloud fallback.",
)
pack_request = tg.Data(
    "Model pack request",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Language pair and app version.",
)
model_pack = tg.Data(
    "Language model pack",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="ASR, OCR and translation weights for one language pair, with a manifest.",
)
anonymised = tg.Data(
    "Anonymised corrections", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
corpora = tg.Data("Parallel corpora", kind="training-data", sensitivity=tg.Sensitivity.PUBLIC)
approval = tg.Data("Pack release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("User's phone", trust=tg.Trust.UNTRUSTED):
    # The person speaking or pointing the camera; anyone can install the app.
    user = tm.add(tg.Actor("App user", role="consumer"))
    # The app itself on millions of phones: capture, UI, pack manager, fallback client.
    app = tm.add(
        tg.Device(
            "Translation app",
            fleet=True,
            description="iOS and Android app; works offline, no sign-in.",
        )
    )
    # The offline models that do the actual work, loaded from the pack cache.
    on_device = tm.add(
        tg.Model(
            "On-device translation models",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Speech recognition, OCR and neural translation run with ONNX Runtime Mobile.",
        )
    )
    # Downloaded packs live in the app's storage so translation works offline.
    pack_cache = tm.add(tg.DataStore("Model pack cache", stores={model_pack}))

with tm.boundary("CDN provider", trust=tg.Trust.PARTNER):
    # The company's CDN distribution, run on a commercial CDN, serving packs worldwide.
    cdn = tm.add(
        tg.Service("Model pack CDN", description="Public bucket origin behind a CDN distribution.")
    )

with tm.boundary("Translation vendor", trust=tg.Trust.PARTNER):
    # Cloud translation for the long tail of languages we ship no pack for.
    vendor_api = tm.add(
        tg.ExternalService("Cloud translation API", provides=tg.ExternalCategory.MODEL_API)
    )

with tm.boundary("Public internet", trust=tg.Trust.UNTRUSTED):
    # Open parallel text used as the base of every fine-tuning run.
    public_corpora = tm.add(
        tg.DataSource(
            "Public parallel corpora",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={corpora},
            description="Open sentence-aligned datasets downloaded per release cycle.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Keeps the vendor key off the phones and meters fallback usage.
    proxy = tm.add(
        tg.Endpoint(
            "Translation proxy API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per install id"),
                c.SecretsManagement(note="vendor API key in the cloud secret manager"),
            },
        )
    )
    # Receives opt-in corrections from the app.
    corrections_api = tm.add(
        tg.Endpoint(
            "Corrections API",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="size and language-code checks")},
        )
    )
    # Removes personal data before anything is kept for training.
    anonymiser = tm.add(
        tg.Pipeline(
            "Correction anonymiser",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.DataMinimization(note="NER strips names, numbers, e-mails; drops install id")
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Accumulates anonymised corrections between releases.
        correction_set = tm.add(
            tg.Dataset(
                "Corrections dataset",
                stores={anonymised},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Fine-tunes the per-language models on corpora plus corrections, then exports packs.
        fine_tuning = tm.add(
            tg.Pipeline(
                "Pack fine-tuning",
                stage=tg.Stage.FINE_TUNING,
                controls={c.ModelValidation(note="BLEU/WER regression gate per language pair")},
            )
        )
        # Holds every exported pack version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model pack registry", stores={model_pack}, controls={c.ModelVersioning()}
            )
        )
        # Pushes an approved pack version to the CDN origin.
        publisher = tm.add(
            tg.Pipeline(
                "Pack publishing",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="ML engineer on the release rota")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews evaluation results and approves pack releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# offline translation on the phone
tm.flow(user, app, captures, corrections, protocol="local", label="speaks, scans, corrects")
tm.flow(app, user, translation, protocol="local")
tm.flow(app, on_device, captures, protocol="local")
tm.flow(on_device, app, translation, protocol="local")
tm.flow(pack_cache, on_device, model_pack, protocol="local", label="load pack")

# pack download
tm.flow(app, cdn, pack_request, protocol="https")
tm.flow(cdn, app, model_pack, protocol="https", label="download pack")
tm.flow(app, pack_cache, model_pack, protocol="local")

# cloud fallback for rare languages
tm.flow(app, proxy, source_text, protocol="https")
tm.flow(proxy, vendor_api, source_text, protocol="https")
tm.flow(vendor_api, proxy, translation, protocol="https")
tm.flow(proxy, app, translation, protocol="https")

# opt-in corrections and retraining
tm.flow(app, corrections_api, corrections, protocol="https", label="opt-in only")
tm.flow(corrections_api, anonymiser, corrections)
tm.flow(anonymiser, correction_set, anonymised)
tm.flow(correction_set, fine_tuning, anonymised)
tm.flow(public_corpora, fine_tuning, corpora, protocol="https")
tm.flow(fine_tuning, registry, model_pack)
tm.flow(registry, publisher, model_pack)
tm.flow(ml_engineer, publisher, approval, label="approves release")
tm.flow(publisher, cdn, model_pack, protocol="https", label="upload to origin")
