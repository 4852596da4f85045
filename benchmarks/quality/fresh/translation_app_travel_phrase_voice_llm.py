"""Travel phrase voice translation app: the first design.

A consumer travel app for iOS and Android. The traveller holds a button, speaks a
phrase ("I am allergic to peanuts", "where is the station?"), and the app sends the
recording to our translation API in our cloud account. An orchestrator sends the
audio to a hosted speech-to-text model, asks a hosted LLM to translate the
transcript into the chosen language, and has a hosted text-to-speech model voice
the result; the app shows both texts and plays the audio. Travellers can save
phrases to a phrasebook kept with their account. Sign-in is handled by a hosted
identity provider (e-mail and password, or Sign in with Apple or Google), and the
API checks its ID tokens and applies a per-user rate limit. All links use HTTPS;
the phrasebook database is encrypted at rest and generated audio expires after a
day. Request logs keep transcripts for debugging.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Travel phrase voice translation app",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Speak a phrase, get it transcribed, translated by a hosted LLM and spoken back; "
        "save phrases to a personal phrasebook."
    ),
)

# ---------------------------------------------------------------- data assets
spoken_phrase = tg.Data(
    "Spoken phrase recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The traveller's voice, a few seconds of audio, with the language pair.",
)
transcript = tg.Data(
    "Phrase transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="What the traveller said, as text; may name health conditions, addresses, plans.",
)
translation_prompt = tg.Data(
    "Translation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the language pair and the transcript.",
)
translated_text = tg.Data("Translated phrase", kind="model-output", sensitivity=tg.Sensitivity.PII)
translated_speech = tg.Data("Translated speech audio", kind="media", sensitivity=tg.Sensitivity.PII)
saved_phrase = tg.Data(
    "Saved phrasebook entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Original and translated phrase, languages and a label, per user.",
)
sign_in = tg.Data(
    "Sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="E-mail and password, or an Apple or Google assertion.",
)
id_token = tg.Data("ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
signing_keys = tg.Data(
    "Token signing public keys", kind="credentials", sensitivity=tg.Sensitivity.PUBLIC
)
request_log = tg.Data(
    "Translation request log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="User id, language pair, transcript, translation and timings.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Traveller's phone", trust=tg.Trust.UNTRUSTED):
    # The person using the app abroad.
    traveller = tm.add(tg.Actor("Traveller", role="app user"))
    # Records the phrase, shows the texts, plays the audio, lists the phrasebook.
    app = tm.add(tg.Device("Translation phone app", fleet=True))

with tm.boundary("App cloud account", trust=tg.Trust.INTERNAL):
    # The app's only back-end entry point: translate and phrasebook calls.
    api = tm.add(
        tg.Endpoint(
            "Translation API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="ID token from the identity provider"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Chains speech-to-text, the LLM and text-to-speech for one request.
    orchestrator = tm.add(
        tg.Service(
            "Translation orchestrator",
            description="Builds the translation prompt and calls the three hosted models.",
        )
    )
    # Each user's saved phrases.
    phrasebook = tm.add(
        tg.DataStore(
            "Phrasebook database",
            stores={saved_phrase},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage the app downloads the generated audio from.
    audio_cache = tm.add(
        tg.DataStore(
            "Generated audio bucket",
            stores={translated_speech},
            controls={c.RetentionLimits(days=1)},
        )
    )
    # Debugging and usage logs of every translation.
    logs = tm.add(tg.DataStore("Request log store", stores={request_log}))

with tm.boundary("Speech and LLM vendor", trust=tg.Trust.PARTNER):
    # Turns the recording into text.
    stt = tm.add(
        tg.Model(
            "Hosted speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )
    # Translates the transcript.
    llm = tm.add(tg.LLM("Hosted translation LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # Voices the translation.
    tts = tm.add(
        tg.Model(
            "Hosted text-to-speech model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Hosted sign-in service; issues the ID tokens the API checks.
    idp = tm.add(tg.ExternalService("Hosted identity provider", provides="identity-provider"))

# ---------------------------------------------------------------- flows
# speaking and listening
tm.flow(traveller, app, spoken_phrase, label="speaks into the microphone")
tm.flow(app, traveller, translated_text, translated_speech, label="shows and plays")

# sign-in
tm.flow(app, idp, sign_in, protocol="https")
tm.flow(idp, app, id_token, protocol="https")
tm.flow(idp, api, signing_keys, protocol="https", label="JWKS")

# translate
tm.flow(app, api, spoken_phrase, id_token, protocol="https")
tm.flow(api, orchestrator, spoken_phrase)
tm.flow(orchestrator, stt, spoken_phrase, protocol="https")
tm.flow(stt, orchestrator, transcript, protocol="https")
tm.flow(orchestrator, llm, translation_prompt, protocol="https")
tm.flow(llm, orchestrator, translated_text, protocol="https")
tm.flow(orchestrator, tts, translated_text, protocol="https")
tm.flow(tts, orchestrator, translated_speech, protocol="https")
tm.flow(orchestrator, audio_cache, translated_speech)
tm.flow(orchestrator, logs, request_log)
tm.flow(orchestrator, api, transcript, translated_text)
tm.flow(api, app, transcript, translated_text, protocol="https")
tm.flow(audio_cache, app, translated_speech, protocol="https", label="download link")

# phrasebook
tm.flow(app, api, saved_phrase, id_token, protocol="https", label="save or list phrases")
tm.flow(api, phrasebook, saved_phrase)
tm.flow(phrasebook, api, saved_phrase)
tm.flow(api, app, saved_phrase, protocol="https", label="phrasebook")
