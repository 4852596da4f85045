"""Cathedral livestream captioning and programme notes: the first design, before review.

The cathedral livestreams its organ recitals and services. In the broadcast booth a
stream encoder takes the camera feeds and the sound desk mix and pushes the video to
a streaming vendor, which hosts it and serves the player. The sound desk also feeds a
captioning PC, where an open-weights speech model captions the spoken parts (readings,
sermons, prayers and notices); the captions go to the vendor's caption ingest API.
For each recital, a programme notes tool sends the music list from the service sheet
store to a hosted LLM, which drafts notes on the pieces and composers. The director of
music edits and approves the notes before the service; only approved notes are pushed
to the website, where the public stream page shows them beside the embedded player and
a donate button. Donations, with optional Gift Aid declarations, go through a donation
platform; the finance office downloads a monthly donor export. Staff sign in with
Microsoft 365 and MFA, and the donor folder is open to the finance office only.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cathedral livestream captioning and programme notes",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Live captions and LLM-drafted programme notes for streamed recitals and services.",
)

# ---------------------------------------------------------------- data assets
programme_audio = tg.Data(
    "Service audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Organ, choir and spoken parts; intercessions can name people who are ill.",
)
video = tg.Data("Live video stream", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
stream_key = tg.Data("Stream key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
captions = tg.Data(
    "Live captions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Text of whatever is spoken, published as it is recognised.",
)
music_list = tg.Data(
    "Music list",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pieces, composers, performers and the order of service.",
)
notes_prompt = tg.Data("Programme notes prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
draft_notes = tg.Data(
    "Draft programme notes", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data("Notes approval and edits", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_notes = tg.Data(
    "Approved programme notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
stream_page = tg.Data("Stream page", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
donation = tg.Data(
    "Donation and Gift Aid declaration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Amount, donor's name, home address and e-mail, taxpayer declaration.",
)
donor_export = tg.Data(
    "Gift Aid donor export",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can watch the stream, read the notes and donate.
    viewer = tm.add(tg.Actor("Viewer", role="public viewer"))

with tm.boundary("Streaming vendor", trust=tg.Trust.PARTNER):
    # Hosts the video, the caption track and the embeddable player.
    streaming = tm.add(tg.ExternalService("Streaming platform", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API that drafts the notes.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Donation platform provider", trust=tg.Trust.PARTNER):
    # Takes card payments and Gift Aid declarations for the cathedral.
    donations = tm.add(tg.ExternalService("Donation platform", provides="generic"))

with tm.boundary("Website hosting", trust=tg.Trust.INTERNAL):
    # The cathedral's public site: stream page with player embed, notes and donate link.
    website = tm.add(tg.Endpoint("Cathedral website", purpose=tg.EndpointPurpose.API))
    # Content management for the site; holds the published programme notes.
    cms = tm.add(tg.DataStore("Website CMS", stores={approved_notes}))

with tm.boundary("Cathedral network", trust=tg.Trust.INTERNAL):
    # Director of music writes the music lists and approves the notes.
    director = tm.add(tg.Actor("Director of music", role="music staff"))
    # Orders of service and music lists for every recital and service.
    sheets = tm.add(tg.DataStore("Service sheet store", stores={music_list}))
    # Small web app: builds the prompt, keeps drafts, publishes only approved notes.
    notes_tool = tm.add(
        tg.Service(
            "Programme notes tool",
            controls={
                c.HumanInTheLoop(approver="director of music"),
                c.Authentication(method="Microsoft 365 sign-in with MFA"),
            },
        )
    )
    # Finance office folder with the monthly Gift Aid donor exports.
    donor_records = tm.add(
        tg.DataStore(
            "Gift Aid donor records",
            stores={donor_export},
            controls={c.RBAC(note="finance office only")},
        )
    )

    with tm.boundary("Broadcast booth", trust=tg.Trust.INTERNAL):
        # Mixing desk: gives the programme mix to the encoder and the captioning PC.
        sound_desk = tm.add(tg.Device("Sound desk", fleet=False))
        # Hardware encoder that pushes the live video to the streaming vendor.
        encoder = tm.add(tg.Device("Stream encoder", fleet=False))
        # Captioning PC: runs the speech model and sends captions to the vendor.
        captioner = tm.add(tg.Service("Captioning service"))
        # Open-weights speech-to-text model running locally on the captioning PC.
        speech = tm.add(
            tg.Model("Speech recognition model", task=tg.Task.GENERATIVE, origin="open-weights")
        )

# ---------------------------------------------------------------- flows
# live stream and captions
tm.flow(sound_desk, encoder, programme_audio, label="programme mix")
tm.flow(sound_desk, captioner, programme_audio, label="programme mix")
tm.flow(encoder, streaming, video, stream_key, protocol="rtmps")
tm.flow(captioner, speech, programme_audio, protocol="local")
tm.flow(speech, captioner, captions, protocol="local")
tm.flow(captioner, streaming, captions, protocol="https", label="caption ingest API")
tm.flow(streaming, viewer, video, captions, protocol="https")

# programme notes
tm.flow(director, sheets, music_list)
tm.flow(sheets, notes_tool, music_list)
tm.flow(notes_tool, llm, notes_prompt, protocol="https")
tm.flow(llm, notes_tool, draft_notes, protocol="https")
tm.flow(notes_tool, director, draft_notes, protocol="https")
tm.flow(director, notes_tool, approval, protocol="https")
tm.flow(notes_tool, cms, approved_notes, protocol="https")
tm.flow(cms, website, approved_notes)
tm.flow(website, viewer, stream_page, approved_notes, protocol="https")

# donations
tm.flow(viewer, donations, donation, card_details, protocol="https")
tm.flow(donations, donor_records, donor_export, protocol="https", label="monthly export")
