"""Live captioning for deaf patrons at a theatre venue: the first design.

A touring theatre group offers live captions at its performances. The stage
microphones are mixed in the control booth, and a small encoder there streams the
audio to the group's caption pipeline in its cloud account. The pipeline relays
the audio to a cloud speech-recognition vendor, then sends each transcript segment
with the matching part of the play's script to a hosted LLM, which corrects names,
lines and cues against the script. Corrected captions go to a caption server on
the venue's production network; patrons open the caption page on their phones over
the venue's public Wi-Fi, and an LED board beside the stage shows the same text.
A caption operator in the booth watches the captions on a console and can pause or
correct them. Stage management upload each production's script through a web
portal. Controls in this design: portal sign-in, TLS on every link to the cloud,
encrypted script storage and vendor API keys kept in the cloud secret manager.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Live captioning for deaf patrons",
    profile=tg.RiskProfile.LOW,
    description=(
        "Stage audio is transcribed in the cloud, corrected by an LLM against the "
        "script and shown on patrons' phones and an LED board."
    ),
)

# ---------------------------------------------------------------- data assets
stage_audio = tg.Data(
    "Live stage audio",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Performers' voices and anything else the stage microphones pick up.",
)
raw_transcript = tg.Data(
    "Raw speech transcript", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
script = tg.Data(
    "Play script",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Licensed script with cues, often unpublished.",
)
correction_prompt = tg.Data(
    "Correction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the transcript segment and the surrounding script lines.",
)
captions = tg.Data(
    "Corrected captions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
page_request = tg.Data("Caption page request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
operator_edits = tg.Data(
    "Operator pause and corrections",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Venue public Wi-Fi", trust=tg.Trust.UNTRUSTED):
    # Deaf and hard-of-hearing audience members who follow the captions.
    patron = tm.add(tg.Actor("Deaf patron", role="audience member"))
    # Patrons' own phones, opening the caption page in a browser.
    phones = tm.add(
        tg.Device("Patron phones", fleet=True, description="Browser on the patron's own phone.")
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Stage management upload scripts from their own laptops, wherever they are.
    stage_manager = tm.add(tg.Actor("Stage manager", role="stage management"))

with tm.boundary("Venue production network", trust=tg.Trust.INTERNAL):
    # Radio and float microphones, mixed on the sound desk.
    mics = tm.add(
        tg.Device(
            "Stage microphones and sound desk",
            fleet=False,
            description="The show's mixer provides a dedicated caption feed.",
        )
    )
    # Small box in the booth that turns the caption feed into a network stream.
    encoder = tm.add(tg.Service("Booth audio encoder"))
    # Receives captions from the cloud and serves them to phones and the LED board.
    caption_server = tm.add(
        tg.Service(
            "Caption server",
            description="Mini PC in the booth; serves the caption web page on the venue Wi-Fi.",
        )
    )
    # Display beside the stage for patrons who do not use their phone.
    led_board = tm.add(tg.Device("Stage-side LED caption display", fleet=False))
    # Web page on the booth laptop where the operator watches, pauses and corrects.
    console = tm.add(tg.Service("Caption operator console"))
    # Trained captioner who follows the performance from the control booth.
    operator = tm.add(tg.Actor("Caption operator", role="captioner"))

with tm.boundary("Theatre group cloud account", trust=tg.Trust.INTERNAL):
    # Where stage management sign in to upload the production's script.
    portal = tm.add(
        tg.Endpoint(
            "Script upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Holds the current script for each production.
    script_store = tm.add(
        tg.DataStore(
            "Script store",
            stores={script},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Relays audio to speech recognition, asks the LLM to correct, pushes captions.
    pipeline = tm.add(
        tg.Service(
            "Caption pipeline",
            controls={
                tg.controls.SecretsManagement(note="vendor API keys in the cloud secret manager")
            },
        )
    )

with tm.boundary("Speech recognition vendor", trust=tg.Trust.PARTNER):
    # Streaming speech-to-text API.
    asr = tm.add(tg.ExternalService("Cloud speech recognition", provides="model-api"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that fixes the transcript against the script.
    llm = tm.add(
        tg.LLM(
            "Caption correction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted model; prompted to align speech to script lines.",
        )
    )

# ---------------------------------------------------------------- flows
# script upload
tm.flow(stage_manager, portal, script, protocol="https")
tm.flow(portal, script_store, script)
tm.flow(script_store, pipeline, script, label="current production's script")

# live audio to captions
tm.flow(mics, encoder, stage_audio, label="wired caption feed from the sound desk")
tm.flow(encoder, pipeline, stage_audio, protocol="wss")
tm.flow(pipeline, asr, stage_audio, protocol="wss")
tm.flow(asr, pipeline, raw_transcript, protocol="wss")
tm.flow(pipeline, llm, correction_prompt, protocol="https")
tm.flow(llm, pipeline, captions, protocol="https")
tm.flow(pipeline, caption_server, captions, protocol="wss")

# display to patrons
tm.flow(phones, caption_server, page_request, protocol="http")
tm.flow(caption_server, phones, captions, protocol="http")
tm.flow(phones, patron, captions, label="on the phone screen")
tm.flow(caption_server, led_board, captions, protocol="serial")

# operator oversight
tm.flow(caption_server, console, captions, protocol="http")
tm.flow(console, operator, captions, label="on the booth laptop screen")
tm.flow(operator, console, operator_edits, label="on the booth laptop keyboard")
tm.flow(console, caption_server, operator_edits, protocol="http")
