"""Voice dubbing service: the first design, before any security review.

A dubbing orchestrator takes each episode's source script, has a hosted LLM
translate it, and puts the draft in a web script editor where remote contract
translators (signing in with our SSO) correct and approve it; only approved
scripts go to synthesis. A voice-cloning TTS model, an open-weights base model
from a public hub fine-tuned per actor on that actor's consented voice samples,
speaks the translation. Actors upload samples and sign consent in a talent
portal; samples and consent records are stored per actor. Fine-tuning runs on
rented cloud GPUs and the voice models return to our registry. Finished tracks
go to the streaming platform's content pipeline. Controls today: SSO on the
portal and editor, roles in the editor, KMS encryption of the samples, a
versioned registry, and the translator approval gate before synthesis.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Voice dubbing service",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An EU media company's dubbing of its catalogue: LLM translation of scripts "
        "and per-actor voice-cloning TTS for dubbed audio tracks."
    ),
)

# ---------------------------------------------------------------- data assets
source_script = tg.Data(
    "Source script",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Original-language dialogue script, including unreleased titles.",
)
translation_prompt = tg.Data(
    "Translation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, glossary, target language and the script text.",
)
draft_translation = tg.Data(
    "Draft translation", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approved_script = tg.Data(
    "Approved translated script",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
voice_samples = tg.Data(
    "Actor voice samples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Studio recordings of each actor's voice, used only for that actor's model.",
)
consent_records = tg.Data(
    "Voice consent records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Signed consent per actor: languages, titles and term the voice may be used for.",
)
base_weights = tg.Data(
    "Base TTS weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="PyTorch checkpoint of the open-weights voice-cloning model.",
)
voice_model = tg.Data(
    "Per-actor voice model",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Fine-tuned checkpoint that speaks in one actor's voice.",
)
job_spec = tg.Data("Fine-tuning job spec", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
dub_audio = tg.Data(
    "Dubbed audio track",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Voice actors record and upload their samples and sign consent from home or a studio.
    voice_actor = tm.add(tg.Actor("Voice actor", role="performer"))
    # Freelance translators review drafts remotely; they are contractors, not staff.
    translator = tm.add(tg.Actor("Contract translator", role="translator"))
    # Where the open-weights base voice model is downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose LLM that produces the first-pass translation.
    translation_llm = tm.add(
        tg.LLM(
            "Translation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="contract forbids training on our inputs")},
        )
    )

with tm.boundary("Cloud GPU provider", trust=tg.Trust.PARTNER):
    # Rented GPU instances where each actor's voice model is fine-tuned.
    fine_tuning = tm.add(
        tg.Pipeline(
            "Voice fine-tuning job",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            description="Container that pip-installs the TTS training stack at start-up.",
        )
    )

with tm.boundary("Media production VPC", trust=tg.Trust.INTERNAL):
    # Internet-facing portal where actors upload samples and sign the consent form.
    talent_portal = tm.add(
        tg.Endpoint(
            "Talent portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via the talent SSO")},
        )
    )
    # Web editor where translators correct and approve the LLM's draft.
    script_editor = tm.add(
        tg.Endpoint(
            "Script editor",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via corporate SSO"), c.RBAC()},
        )
    )
    # Drives each dubbing job: translate, wait for approval, synthesise, deliver.
    orchestrator = tm.add(
        tg.Service(
            "Dubbing orchestrator",
            controls={c.HumanInTheLoop(approver="the translator, in the script editor")},
        )
    )
    # Scripts in every language and state (source, draft, approved).
    script_store = tm.add(
        tg.DataStore("Script store", stores={source_script, draft_translation, approved_script})
    )
    # Per-actor folders of consented voice samples used for fine-tuning.
    sample_store = tm.add(
        tg.Dataset(
            "Voice sample store",
            purpose="fine-tuning",
            stores={voice_samples},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Signed consent per actor, checked by the orchestrator before synthesis.
    consent_store = tm.add(tg.DataStore("Consent registry", stores={consent_records}))
    # Holds every fine-tuned voice model, one version line per actor.
    registry = tm.add(
        tg.ModelRegistry(
            "Voice model registry", stores={voice_model}, controls={c.ModelVersioning()}
        )
    )
    # Voice-cloning TTS serving: loads the actor's voice model and speaks the script.
    tts = tm.add(
        tg.Model(
            "Voice-cloning TTS",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Launches fine-tuning jobs and publishes new voice models.
    ml_engineer = tm.add(tg.Actor("Audio ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Streaming platform", trust=tg.Trust.INTERNAL):
    # The platform's ingest that packages audio tracks for streaming.
    content_pipeline = tm.add(tg.Service("Streaming content pipeline"))

# ---------------------------------------------------------------- flows
# Actor onboarding: samples and consent.
tm.flow(voice_actor, talent_portal, voice_samples, consent_records, protocol="https")
tm.flow(talent_portal, sample_store, voice_samples)
tm.flow(talent_portal, consent_store, consent_records)

# Fine-tuning on rented GPUs.
tm.flow(ml_engineer, fine_tuning, job_spec, protocol="ssh", label="launches job")
tm.flow(model_hub, fine_tuning, base_weights, protocol="https")
tm.flow(sample_store, fine_tuning, voice_samples, protocol="https", label="per-actor samples")
tm.flow(fine_tuning, registry, voice_model, protocol="https")
tm.flow(registry, tts, voice_model, label="load actor voice")

# Translation and review.
tm.flow(script_store, orchestrator, source_script, approved_script)
tm.flow(orchestrator, translation_llm, translation_prompt, protocol="https")
tm.flow(translation_llm, orchestrator, draft_translation, protocol="https")
tm.flow(orchestrator, script_store, draft_translation)
tm.flow(script_store, script_editor, draft_translation)
tm.flow(script_editor, script_store, approved_script, label="approve")
tm.flow(script_editor, translator, draft_translation, protocol="https")
tm.flow(translator, script_editor, approved_script, protocol="https")

# Synthesis and delivery.
tm.flow(consent_store, orchestrator, consent_records, label="consent check")
tm.flow(orchestrator, tts, approved_script)
tm.flow(tts, orchestrator, dub_audio)
tm.flow(orchestrator, content_pipeline, dub_audio, protocol="https")
