"""Accessible live captions: the first design, before any security review.

A regional theatre shows live captions for deaf and hard-of-hearing audience
members, on their own phones and on seat-back screens in the captioned seats.
During rehearsals a drafting service takes the script from the production
office's document library and asks a hosted LLM (a vendor whose terms were
reviewed: no training on our scripts) to split it into caption cues with speaker
names and sound descriptions. The theatre's captioner corrects and approves every
cue in a console before it goes into the show's cue list; during the performance
the captioner fires each cue by hand. A caption server in the technical room sends
the live caption to the seat-back screens over the auditorium AV network, and to a
small cloud web app that phones open from a QR code on the seat. The box office
system tells the caption server which seats booked captions, to switch their
screens on. Audience members need no account.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Theatre live captions",
    profile=tg.RiskProfile.LOW,
    description=(
        "LLM-drafted, captioner-approved captions cued live to audience phones and "
        "seat-back screens."
    ),
)

# ---------------------------------------------------------------- data assets
script = tg.Data(
    "Rehearsal script",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed script, often unpublished new writing, with the director's cuts.",
)
draft_prompt = tg.Data(
    "Script scene and captioning instructions",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
draft_captions = tg.Data(
    "Drafted caption cues",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
cue_list = tg.Data(
    "Show cue list",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approved captions in running order, with cue numbers.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
caption_edits = tg.Data("Caption corrections and approvals", kind="records")
cue_go = tg.Data("Cue go commands", kind="records", description="Next, back and blank.")
live_caption = tg.Data(
    "Live caption text",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
seat_list = tg.Data(
    "Captioned seat list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Seat numbers booked with captions for each performance; no names.",
)
join_request = tg.Data(
    "Performance join request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The performance code from the seat's QR code.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people the captions are for; no sign-in.
    audience = tm.add(tg.Actor("Audience member", role="theatregoer"))
    # Their own phones, on mobile data or the guest Wi-Fi.
    phone = tm.add(tg.Device("Audience phone", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts caption cues from script scenes; used in rehearsals only.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="no training on inputs, 30-day retention")},
        )
    )

with tm.boundary("Ticketing provider", trust=tg.Trust.PARTNER):
    # The theatre's hosted box office; knows which seats booked captions.
    box_office = tm.add(tg.ExternalService("Box office system", provides="data-provider"))

with tm.boundary("Theatre Microsoft 365", trust=tg.Trust.INTERNAL):
    # Where the production office keeps scripts.
    library = tm.add(
        tg.DataStore(
            "Production document library",
            stores={script},
            controls={c.RBAC(note="production team and captioner only")},
        )
    )

with tm.boundary("Theatre cloud", trust=tg.Trust.INTERNAL):
    # Splits the script into scenes and asks the LLM for draft cues.
    drafting = tm.add(
        tg.Service(
            "Caption drafting service",
            controls={
                c.HumanInTheLoop(
                    approver="the captioner approves every drafted cue before it enters the show"
                )
            },
        )
    )
    # Draft and approved cue lists for each production.
    cue_store = tm.add(tg.DataStore("Cue list store", stores={draft_captions, cue_list}))
    # Serves the caption page that phones open and relays the live caption to them.
    web_app = tm.add(
        tg.Endpoint(
            "Caption web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="static API key for the caption server; audience pages are open"
                )
            },
        )
    )

with tm.boundary("Theatre building network", trust=tg.Trust.INTERNAL):
    # Staff captioner: corrects drafts in rehearsal and cues captions during the show.
    captioner = tm.add(tg.Actor("Captioner", role="access captioner"))
    # Web console on the caption server, used from the control box.
    console = tm.add(
        tg.Endpoint(
            "Captioner console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="individual captioner accounts with password")},
        )
    )
    # On-premises, so a show keeps its seat-back captions if the internet drops.
    caption_server = tm.add(
        tg.Service(
            "Caption server",
            description="Holds the loaded cue list and broadcasts the current caption.",
        )
    )

    with tm.boundary("Auditorium AV network", trust=tg.Trust.INTERNAL):
        # Small displays on the seat backs of the captioned rows.
        screens = tm.add(tg.Device("Seat-back caption screens", fleet=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(library, drafting, script, protocol="https", label="script export")
tm.flow(drafting, llm, draft_prompt, protocol="https", controls={tls})
tm.flow(llm, drafting, draft_captions, protocol="https", controls={tls})
tm.flow(drafting, cue_store, draft_captions)

tm.flow(cue_store, console, draft_captions, cue_list, protocol="https")
tm.flow(console, cue_store, caption_edits, cue_list, protocol="https")
tm.flow(console, captioner, draft_captions, cue_list, label="review and cue preview")
tm.flow(captioner, console, caption_edits, cue_go)

tm.flow(cue_store, caption_server, cue_list, protocol="https", label="loaded before the show")
tm.flow(console, caption_server, cue_go, protocol="local")
tm.flow(box_office, caption_server, seat_list, protocol="https", label="before each performance")
tm.flow(caption_server, screens, live_caption, seat_list, protocol="mqtt")

tm.flow(caption_server, web_app, live_caption, protocol="wss", controls={tls})
tm.flow(phone, web_app, join_request, protocol="https", controls={tls})
tm.flow(web_app, phone, live_caption, protocol="wss", controls={tls})
tm.flow(phone, audience, live_caption, label="on screen")
