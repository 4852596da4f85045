"""Gallery audio description: the first design, before any security review.

The gallery's free mobile app gives blind and partially sighted visitors spoken
descriptions of the artworks in front of them. A visitor taps the tactile tag or
scans the code beside a work, and the app plays its description; they can then
ask follow-up questions aloud ("what colours are in the sky?"), which the phone
turns into text and the app sends to the gallery's audio guide API in the cloud.
Descriptions are drafted ahead of time by a nightly job that sends each work's
catalogue entry and curator notes, synced from the collection management system
on the gallery's own network, to a hosted LLM; the accessibility editor reviews
and approves every draft before a text-to-speech API voices it. Follow-up
answers are generated live from the same catalogue context and are not reviewed.
Staff sign in to the review console with the gallery's SSO and MFA, the public
API has a per-device quota, and all external links use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Gallery audio description app",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted, editor-approved audio descriptions of artworks, "
    "with live spoken follow-up questions, for blind and partially sighted visitors.",
)

# ---------------------------------------------------------------- data assets
catalogue = tg.Data(
    "Catalogue entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Title, artist, date, medium, dimensions, gallery room, loan and lender details.",
)
curator_notes = tg.Data(
    "Curator notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Visual descriptions, interpretation, and unpublished research and provenance notes.",
)
gen_prompt = tg.Data(
    "Description prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="House style guide for audio description plus one work's entry and notes.",
)
draft_script = tg.Data(
    "Draft description script", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data("Editor approval and edits", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_script = tg.Data(
    "Approved description script", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
description_audio = tg.Data("Description audio", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
artwork_request = tg.Data(
    "Artwork description request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Artwork id from the tag, the app's install id and preferred voice and speed.",
)
question = tg.Data(
    "Visitor follow-up question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Transcribed speech, sent with the app's install id and the artwork id.",
)
qa_prompt = tg.Data(
    "Follow-up prompt with catalogue context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The visitor's question, the approved script, the entry and the curator notes.",
)
answer_text = tg.Data("Follow-up answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
answer_audio = tg.Data("Follow-up answer audio", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
usage_logs = tg.Data(
    "App usage logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Install id, artworks visited with times, and every question asked.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people the service exists for; no account, the app is anonymous.
    visitor = tm.add(tg.Actor("Blind or partially sighted visitor", role="visitor"))
    # Our app on the visitor's own phone; speech is transcribed on the phone.
    app = tm.add(
        tg.Device(
            "Gallery app on visitor's phone",
            fleet=True,
            description="iOS and Android app; uses the phone's own speech recognition.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that drafts descriptions and answers questions.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat model behind the vendor's API, called with one gallery API key.",
        )
    )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Turns approved scripts and live answers into natural-sounding speech.
    tts = tm.add(tg.ExternalService("Text-to-speech API", provides=tg.ExternalCategory.MODEL_API))

with tm.boundary("Gallery cloud", trust=tg.Trust.INTERNAL):
    # The only public entry point: serves descriptions and takes follow-up questions.
    api = tm.add(
        tg.Endpoint(
            "Audio guide API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(
                    requests_per_minute=30, note="per app install id, at the API gateway"
                )
            },
        )
    )
    # Answers follow-up questions live from the work's catalogue context.
    qa = tm.add(
        tg.Service(
            "Follow-up question service",
            description="Builds the prompt from the question and the work's context, calls the LLM, "
            "then has the answer voiced.",
        )
    )
    # Drafts descriptions for new or changed works, and voices approved ones.
    generator = tm.add(
        tg.Service(
            "Nightly description job",
            description="Drafts scripts for new or changed catalogue entries; voices scripts once approved.",
            controls={
                c.HumanInTheLoop(
                    approver="accessibility editor",
                    note="no drafted script is voiced or published until the editor approves it",
                )
            },
        )
    )
    # Catalogue copy, drafts, approved scripts and audio files served to the app.
    content = tm.add(
        tg.DataStore(
            "Description content store",
            stores={catalogue, curator_notes, draft_script, approved_script, description_audio},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Analytics on which works are visited and what visitors ask.
    logs = tm.add(tg.DataStore("Usage log store", stores={usage_logs}))
    # Web app where the accessibility editor reads, edits and approves drafts.
    console = tm.add(
        tg.Endpoint(
            "Description review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="gallery Microsoft Entra ID SSO with MFA"),
                c.RBAC(note="only the accessibility team can approve"),
            },
        )
    )

with tm.boundary("Gallery network", trust=tg.Trust.INTERNAL):
    # Curators write catalogue entries and notes here; the system of record.
    cms = tm.add(
        tg.DataStore(
            "Collection management system",
            stores={catalogue, curator_notes},
            controls={c.RBAC(), c.Authentication(method="staff Active Directory login")},
        )
    )
    # Copies new and changed records to the cloud content store each night.
    sync = tm.add(tg.Pipeline("Catalogue sync", stage=tg.Stage.INGESTION))
    # Writes the source material the descriptions are drafted from.
    curator = tm.add(tg.Actor("Curator", role="curatorial staff"))
    # Reviews every drafted description for accuracy and audio-description style.
    editor = tm.add(tg.Actor("Accessibility editor", role="access team"))

# ---------------------------------------------------------------- flows
# Source material
tm.flow(curator, cms, catalogue, curator_notes, label="catalogue editing")
tm.flow(cms, sync, catalogue, curator_notes, label="nightly export")
tm.flow(sync, content, catalogue, curator_notes, protocol="https")

# Drafting, review and voicing
tm.flow(content, generator, catalogue, curator_notes, label="new or changed works")
tm.flow(generator, llm, gen_prompt, protocol="https")
tm.flow(llm, generator, draft_script, protocol="https")
tm.flow(generator, content, draft_script)
tm.flow(content, console, draft_script, catalogue, curator_notes)
tm.flow(editor, console, approval, protocol="https")
tm.flow(console, editor, draft_script, catalogue, curator_notes, protocol="https")
tm.flow(console, content, approved_script, approval, label="publish")
tm.flow(content, generator, approved_script, label="approved scripts to voice")
tm.flow(generator, tts, approved_script, protocol="https")
tm.flow(tts, generator, description_audio, protocol="https")
tm.flow(generator, content, description_audio)

# Visitor listens to a description
tm.flow(visitor, app, artwork_request, question, label="tag tap and spoken question on the phone")
tm.flow(app, api, artwork_request, protocol="https")
tm.flow(content, api, approved_script, description_audio)
tm.flow(api, app, approved_script, description_audio, protocol="https")
tm.flow(app, visitor, description_audio, answer_audio, label="played on the phone")
tm.flow(api, logs, usage_logs)

# Visitor asks a follow-up question
tm.flow(app, api, question, protocol="https")
tm.flow(api, qa, question)
tm.flow(content, qa, approved_script, catalogue, curator_notes)
tm.flow(qa, llm, qa_prompt, protocol="https")
tm.flow(llm, qa, answer_text, protocol="https")
tm.flow(qa, tts, answer_text, protocol="https")
tm.flow(tts, qa, answer_audio, protocol="https")
tm.flow(qa, api, answer_text, answer_audio)
tm.flow(api, app, answer_text, answer_audio, protocol="https")
