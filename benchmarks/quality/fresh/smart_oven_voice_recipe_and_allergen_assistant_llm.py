"""Smart oven voice recipe and allergen assistant: the first design, before any security review.

Owners of our connected ovens talk to the oven ("what can I bake with leeks, and
nothing with nuts?"). The oven streams the spoken request to our cloud, where a
speech vendor transcribes it and an LLM agent (backed by a hosted model) suggests
recipes from our recipe index, which our editors and a partner publisher feed.
Before it proposes a recipe the agent checks the ingredients against the allergies
household members saved in the companion app. It can also set the oven's temperature
and timer through our IoT hub: it reads the setting back and waits for a spoken "yes".
Ovens authenticate with factory-provisioned X.509 certificates over TLS; the oven
firmware clamps setpoints and has a thermal cutoff. App users sign in with e-mail
and password; allergy profiles are encrypted at rest and collected with explicit
consent. The service is sold in the EU, so GDPR applies (allergies are health data).
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Smart oven voice recipe and allergen assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Voice assistant on connected ovens: recipes checked against household "
    "allergies, and oven temperature and timer set by voice.",
)

# ---------------------------------------------------------------- data assets
voice_request = tg.Data(
    "Spoken recipe request",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Microphone audio captured by the oven after the wake word.",
)
request_text = tg.Data("Transcribed request", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply_text = tg.Data("Assistant reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
reply_audio = tg.Data("Spoken assistant reply", kind="media", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Recipe assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, retrieved recipes, allergen check results "
    "and household members' first names.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
recipes = tg.Data("Recipes", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
recipe_chunks = tg.Data(
    "Recipe chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
recipe_query = tg.Data("Recipe search query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
allergy_profiles = tg.Data(
    "Household allergy profiles",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Household members' names and their declared food allergies and "
    "intolerances: health data under GDPR Art. 9.",
)
allergen_check_call = tg.Data(
    "Allergen check request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Household id and the ingredient list of a candidate recipe.",
)
allergen_check_result = tg.Data(
    "Allergen check result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
oven_command_call = tg.Data(
    "Set temperature and timer call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
oven_command_result = tg.Data(
    "Oven command result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
oven_setpoint = tg.Data(
    "Oven setpoint command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Target temperature, heating mode and timer for one oven.",
)
oven_status = tg.Data(
    "Oven status telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cavity temperature, door state, running programme, remaining time.",
)
transcripts = tg.Data(
    "Assistant conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer home", trust=tg.Trust.UNTRUSTED):
    # The people who cook: they speak to the oven and keep allergies in the app.
    member = tm.add(tg.Actor("Household member", role="oven owner"))
    # The connected oven: microphone, speaker, display and the heating controller.
    oven = tm.add(
        tg.Device(
            "Connected oven",
            fleet=True,
            description="Wi-Fi oven with a voice module; firmware drives the heating elements.",
            controls={
                c.SafetyLimits(
                    limits="firmware clamps setpoints to 30-275 C and timers to 12 h; "
                    "independent thermal cutoff fuse"
                )
            },
        )
    )
    # The companion app on household members' phones, where allergy profiles are entered.
    app = tm.add(tg.Device("Companion mobile app", fleet=True))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text and text-to-speech.
    speech = tm.add(tg.ExternalService("Speech API", provides="model-api"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The general-purpose chat model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Recipe publisher", trust=tg.Trust.PARTNER):
    # A partner magazine's recipe feed, licensed to widen the catalogue.
    recipe_feed = tm.add(
        tg.DataSource("Partner recipe feed", origin=tg.Origin.PARTNER, provides={recipes})
    )

with tm.boundary("Oven cloud", trust=tg.Trust.INTERNAL):
    # Receives the oven's audio, calls the speech vendor and hands text to the agent.
    voice_api = tm.add(
        tg.Endpoint(
            "Voice assistant API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.MutualAuthentication(note="oven's factory-provisioned X.509 certificate"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The MQTT broker every oven keeps a connection to: commands down, status up.
    iot_hub = tm.add(
        tg.Service(
            "Oven IoT hub",
            controls={c.MutualAuthentication(note="per-oven X.509 device certificates")},
        )
    )
    # Backend for the companion app: accounts, households and allergy profiles.
    app_backend = tm.add(
        tg.Endpoint(
            "Companion app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent: searches recipes, checks allergens, and sets the oven on request.
    agent = tm.add(
        tg.Agent(
            "Recipe assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Plans with the hosted LLM and calls its two tools.",
        )
    )
    # Looks up the household's allergies and matches them to a recipe's ingredients.
    allergen_tool = tm.add(
        tg.Tool(
            "Allergen check tool",
            capabilities={"read"},
            description="Deterministic match of ingredient list against the household's "
            "declared allergens, using our ingredient-to-allergen table.",
        )
    )
    # Sends a temperature, mode and timer to the household's own oven.
    oven_tool = tm.add(
        tg.Tool(
            "Oven control tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="the person at the oven, who confirms the read-back setting by voice"
                )
            },
        )
    )
    # Recipes from our editors and the partner feed, chunked and embedded.
    recipe_index = tm.add(tg.VectorStore("Recipe index", stores={recipe_chunks}))
    # Nightly job that ingests the partner feed and our editors' recipes into the index.
    ingest = tm.add(tg.Pipeline("Recipe ingestion pipeline", stage=tg.Stage.INGESTION))

    with tm.boundary("Customer data tier", trust=tg.Trust.RESTRICTED):
        # Households, members and their allergies.
        profile_db = tm.add(
            tg.DataStore(
                "Household profile database",
                stores={allergy_profiles},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.ImpactAssessment(basis="explicit consent, Art. 9(2)(a)"),
                },
            )
        )
        # Conversation transcripts kept for quality review.
        transcript_store = tm.add(
            tg.DataStore(
                "Transcript store",
                stores={transcripts},
                controls={c.RetentionLimits(days=30)},
            )
        )

# ---------------------------------------------------------------- flows
# Voice path
tm.flow(member, oven, voice_request, label="spoken at the oven")
tm.flow(oven, voice_api, voice_request, protocol="https")
tm.flow(voice_api, speech, voice_request, protocol="https")
tm.flow(speech, voice_api, request_text, protocol="https")
tm.flow(voice_api, agent, request_text)
tm.flow(agent, voice_api, reply_text)
tm.flow(voice_api, speech, reply_text, protocol="https", label="text to speech")
tm.flow(speech, voice_api, reply_audio, protocol="https")
tm.flow(voice_api, oven, reply_audio, protocol="https")
tm.flow(oven, member, reply_audio, label="spoken by the oven")

# Agent reasoning and retrieval
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, recipe_index, recipe_query, label="similarity search")
tm.flow(recipe_index, agent, recipe_chunks, label="retrieved recipes")
tm.flow(agent, transcript_store, transcripts)

# Allergen check
tm.flow(agent, allergen_tool, allergen_check_call)
tm.flow(profile_db, allergen_tool, allergy_profiles)
tm.flow(allergen_tool, agent, allergen_check_result)

# Oven control
tm.flow(agent, oven_tool, oven_command_call)
tm.flow(oven_tool, iot_hub, oven_setpoint)
tm.flow(iot_hub, oven, oven_setpoint, protocol="mqtts")
tm.flow(oven, iot_hub, oven_status, protocol="mqtts")
tm.flow(iot_hub, oven_tool, oven_status)
tm.flow(oven_tool, agent, oven_command_result)

# Companion app and allergy profiles
tm.flow(member, app, allergy_profiles, label="typed into the app")
tm.flow(app, app_backend, allergy_profiles, protocol="https")
tm.flow(app_backend, profile_db, allergy_profiles)
tm.flow(profile_db, app_backend, allergy_profiles)
tm.flow(app_backend, app, allergy_profiles, protocol="https")
tm.flow(app, member, allergy_profiles, label="shown in the app")

# Recipe catalogue
tm.flow(recipe_feed, ingest, recipes, protocol="https", label="nightly feed")
tm.flow(ingest, recipe_index, recipe_chunks)
