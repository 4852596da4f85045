"""Podcast network host-read ad pipeline with cloned host voices: the first design.

Our podcast network sells host-read ads without booking studio time. Advertisers
sign in to an advertiser portal and submit an ad script for a campaign. An ad
production service sends the script, with transcript excerpts of the host's past
reads, to a hosted LLM that rewrites it in the host's style, then renders the
adapted script with a text-to-speech voice model fine-tuned on that host's studio
recordings. Hosts sign a voice-cloning consent that is kept in a consent register;
the training pipeline only trains voices for hosts with consent on file. Every
rendered ad waits in a review console until a producer listens to it and approves
it; the episode assembly service then inserts approved ads into episode masters and
publishes them to the podcast hosting platform. Everything runs in our EU cloud
account; the LLM is a vendor API. Controls in this design: portal sign-in, SSO for
staff, producer approval, encrypted recordings, a versioned voice model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Podcast network host-read ad voice-clone pipeline",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Advertiser scripts adapted by an LLM and voiced by cloned host voices, "
    "approved by producers before insertion into episodes.",
)

# ---------------------------------------------------------------- data assets
ad_script = tg.Data(
    "Advertiser ad script",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Campaign copy, talking points and offer codes submitted by the advertiser.",
)
campaign_status = tg.Data(
    "Campaign status", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
style_prompt = tg.Data(
    "Style adaptation prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Instructions, the advertiser script and excerpts of the host's past reads.",
)
adapted_script = tg.Data(
    "Host-style ad script", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
host_recordings = tg.Data(
    "Host studio recordings",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Hours of each host's raw voice audio with aligned transcripts.",
)
read_transcripts = tg.Data(
    "Past ad-read transcripts", sensitivity=tg.Sensitivity.INTERNAL, kind="documents"
)
consent = tg.Data(
    "Host voice consent records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Signed consent, its scope (ads only) and expiry, per host.",
)
voice_model = tg.Data(
    "Host voice model",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="PyTorch checkpoint of the TTS model fine-tuned on one host's voice.",
)
ad_audio = tg.Data(
    "Rendered ad audio",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    description="Synthetic host-voice ad read awaiting review.",
)
approval = tg.Data("Producer ad approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
episode_master = tg.Data(
    "Episode master audio", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="media"
)
published_episode = tg.Data(
    "Published episode with ads", sensitivity=tg.Sensitivity.PUBLIC, kind="media"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brands and agencies with a self-serve advertiser account.
    advertiser = tm.add(tg.Actor("Advertiser", role="advertiser"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that rewrites scripts in a host's voice and style.
    llm = tm.add(tg.LLM("Hosted script LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Podcast hosting provider", trust=tg.Trust.PARTNER):
    # Where finished episodes are published and distributed to listening apps.
    hosting = tm.add(tg.ExternalService("Podcast hosting platform"))

with tm.boundary("Network EU cloud", trust=tg.Trust.INTERNAL):
    # Self-serve web portal where advertisers submit scripts and follow campaigns.
    portal = tm.add(
        tg.Endpoint(
            "Advertiser portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Campaigns, submitted scripts, adapted scripts, rendered ads and their review state.
    campaign_db = tm.add(
        tg.DataStore(
            "Campaign and ad database",
            stores={ad_script, campaign_status, adapted_script, ad_audio, approval},
        )
    )
    # Orchestrates one ad: LLM style adaptation, then TTS rendering with the host's voice.
    production = tm.add(
        tg.Service(
            "Ad production service",
            controls={c.SecretsManagement(note="LLM API key in the cloud secrets manager")},
        )
    )
    # Fine-tuned TTS model serving each consenting host's cloned voice.
    tts = tm.add(
        tg.Model(
            "Host voice TTS model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights TTS base model fine-tuned per host.",
        )
    )
    # Internal web app where producers listen to each rendered ad and approve or reject it.
    review = tm.add(
        tg.Endpoint(
            "Producer review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO"),
                c.HumanInTheLoop(approver="the show's producer"),
            },
        )
    )
    # Stitches approved ads into episode masters at the ad markers and publishes.
    assembly = tm.add(tg.Service("Episode assembly service"))

    with tm.boundary("Voice data enclave", trust=tg.Trust.RESTRICTED):
        # Archive of hosts' studio recordings and past ad-read transcripts.
        recordings = tm.add(
            tg.Dataset(
                "Host recordings archive",
                stores={host_recordings, read_transcripts},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Who agreed to have their voice cloned, for what, until when.
        consent_register = tm.add(
            tg.DataStore("Host consent register", stores={consent}, controls={c.AuditLogging()})
        )
        # GPU fine-tuning job that builds a voice model for each consenting host.
        training = tm.add(
            tg.Pipeline(
                "Voice fine-tuning pipeline", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Versioned store of per-host voice checkpoints.
        registry = tm.add(
            tg.ModelRegistry(
                "Voice model registry", stores={voice_model}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Studio and office network", trust=tg.Trust.INTERNAL):
    # Podcast host: records in our studios and signs the voice consent.
    host = tm.add(tg.Actor("Podcast host", role="host"))
    # Show producer: uploads episode masters and approves every ad before it airs.
    producer = tm.add(tg.Actor("Show producer", role="producer"))

# ---------------------------------------------------------------- flows
tm.flow(advertiser, portal, ad_script, protocol="https", label="submits script")
tm.flow(portal, advertiser, campaign_status, protocol="https")
tm.flow(portal, campaign_db, ad_script)
tm.flow(campaign_db, portal, campaign_status)

tm.flow(campaign_db, production, ad_script)
tm.flow(recordings, production, read_transcripts, label="style examples")
tm.flow(production, llm, style_prompt, protocol="https")
tm.flow(llm, production, adapted_script, protocol="https")
tm.flow(production, tts, adapted_script)
tm.flow(tts, production, ad_audio)
tm.flow(production, campaign_db, adapted_script, ad_audio)

tm.flow(campaign_db, review, adapted_script, ad_audio)
tm.flow(review, producer, adapted_script, ad_audio, protocol="https")
tm.flow(producer, review, approval, protocol="https")
tm.flow(review, campaign_db, approval)

tm.flow(producer, assembly, episode_master, protocol="https", label="uploads master")
tm.flow(campaign_db, assembly, ad_audio, label="approved ads")
tm.flow(assembly, hosting, published_episode, protocol="https")

tm.flow(host, recordings, host_recordings, label="studio sessions")
tm.flow(host, consent_register, consent, label="signs consent")
tm.flow(consent_register, training, consent)
tm.flow(recordings, training, host_recordings)
tm.flow(training, registry, voice_model)
tm.flow(registry, tts, voice_model, label="load host voice")
