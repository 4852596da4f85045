"""Audiobook narration studio voice consent and release LLM: the first design.

A narration studio in the Netherlands produces audiobooks for publishers, partly
with synthetic voices cloned from human narrators. Narrators upload signed voice
consent forms and studio-quality voice samples through the studio portal; the
consent says which titles, languages and time period their voice may be used
for. A fine-tuning pipeline builds a per-narrator voice model from the samples,
starting from an open-weights TTS checkpoint pulled from a public model hub.
Publishers submit release requests (title, manuscript, chosen voice) in the same
portal. A consent and release service asks a hosted LLM to read the consent form
and the request and draft a release check; a producer approves every release
before the rendered audio masters go to the distribution partner over SFTP.
Controls: portal sign-in, TLS, upload validation, encrypted voice sample store
with role-based access, audit logging of release decisions, versioned voice models.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Audiobook narration studio voice consent and release LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Consent-checked release of synthetic-voice audiobook narrations.",
)

# ---------------------------------------------------------------- data assets
consent_form = tg.Data(
    "Voice consent form",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Signed PDF naming the permitted titles, languages and term.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
voice_samples = tg.Data(
    "Narrator voice samples",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
release_request = tg.Data(
    "Release request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Title, language, chosen narrator voice and publication date.",
)
manuscript = tg.Data("Manuscript", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents")
llm_prompt = tg.Data(
    "Consent check prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the consent form text and the release request.",
)
release_check = tg.Data(
    "Draft release check",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Whether the request falls within the consent, with cited clauses.",
)
consent_record = tg.Data("Consent scope record", sensitivity=tg.Sensitivity.PII, kind="records")
release_decision = tg.Data(
    "Release decision", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
base_checkpoint = tg.Data(
    "Base TTS checkpoint",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="PyTorch .pth weights of an open TTS model.",
)
voice_model = tg.Data(
    "Narrator voice model",
    sensitivity=tg.Sensitivity.PII,
    format="safetensors",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
audio_masters = tg.Data(
    "Rendered audio masters", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="media"
)
portal_login = tg.Data(
    "Portal sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freelance narrators who license their voice to the studio.
    narrator = tm.add(tg.Actor("Narrator", role="narrator"))
    # Publisher staff who commission and request the release of titles.
    publisher = tm.add(tg.Actor("Publisher editor", role="publisher"))
    # Source of the open-weights base model the voice clones start from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Vendors", trust=tg.Trust.PARTNER):
    # The vendor's chat model reads consent forms and drafts the release check.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's EU API endpoint.",
        )
    )
    # Audiobook distributor that ingests released titles for retailers.
    distributor = tm.add(tg.ExternalService("Distribution partner"))

with tm.boundary("Studio cloud", trust=tg.Trust.INTERNAL):
    # Web portal for narrators and publishers: uploads, requests, status.
    portal = tm.add(
        tg.Endpoint(
            "Studio portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Orchestrates the consent check and holds releases until a producer signs off.
    consent_service = tm.add(
        tg.Service(
            "Consent and release service",
            controls={
                tg.controls.HumanInTheLoop(approver="producer"),
                tg.controls.AuditLogging(retention_days=2555),
            },
        )
    )
    # Consent forms, consent scope records, release requests and decisions.
    consent_db = tm.add(
        tg.DataStore(
            "Consent register",
            stores={consent_form, consent_record, release_request, release_decision, portal_login},
        )
    )
    # Renders each chapter with the chosen voice model into audio masters.
    renderer = tm.add(tg.Service("Narration renderer"))
    # The TTS model serving the narrator voices during rendering.
    tts = tm.add(
        tg.Model(
            "TTS voice model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open TTS architecture loaded with a narrator's fine-tuned weights.",
        )
    )
    # Finished masters and the manuscripts they were rendered from.
    master_store = tm.add(tg.DataStore("Audio master store", stores={audio_masters, manuscript}))

    with tm.boundary("Voice data enclave", trust=tg.Trust.RESTRICTED):
        # Raw voice recordings, the most sensitive asset the studio holds.
        sample_store = tm.add(
            tg.DataStore(
                "Voice sample store",
                stores={voice_samples},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                },
            )
        )
        # Fine-tunes the base checkpoint on one narrator's samples.
        finetune = tm.add(
            tg.Pipeline(
                "Voice fine-tuning pipeline",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
            )
        )
        # Versioned per-narrator voice models.
        registry = tm.add(
            tg.ModelRegistry(
                "Voice model registry",
                stores={voice_model},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Studio office", trust=tg.Trust.INTERNAL):
    # Producer who reviews the draft check and approves or refuses each release.
    producer = tm.add(tg.Actor("Producer", role="producer", privileged=True))

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(
    narrator, portal, consent_form, voice_samples, portal_login, protocol="https", controls={tls}
)
tm.flow(portal, narrator, consent_record, protocol="https", controls={tls}, label="consent status")
tm.flow(
    publisher, portal, release_request, manuscript, portal_login, protocol="https", controls={tls}
)
tm.flow(portal, publisher, release_decision, protocol="https", controls={tls})

tm.flow(portal, consent_db, consent_form, release_request, portal_login)
tm.flow(consent_db, portal, consent_record, release_decision, portal_login)
tm.flow(portal, sample_store, voice_samples)
tm.flow(portal, master_store, manuscript)

tm.flow(consent_db, consent_service, consent_form, release_request)
tm.flow(consent_service, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, consent_service, release_check, protocol="https", controls={tls})
tm.flow(consent_service, producer, release_check, protocol="https", controls={tls})
tm.flow(producer, consent_service, release_decision, protocol="https", controls={tls})
tm.flow(consent_service, consent_db, consent_record, release_decision)

tm.flow(hub, finetune, base_checkpoint, protocol="https")
tm.flow(sample_store, finetune, voice_samples)
tm.flow(finetune, registry, voice_model)

tm.flow(consent_service, renderer, release_decision, label="render approved title")
tm.flow(master_store, renderer, manuscript)
tm.flow(registry, tts, voice_model, label="load narrator voice")
tm.flow(renderer, tts, manuscript, label="chapter text")
tm.flow(tts, renderer, audio_masters)
tm.flow(renderer, master_store, audio_masters)
tm.flow(master_store, distributor, audio_masters, protocol="sftp", label="release delivery")
