"""Village scarecrow festival: entries, trail map and voting chatbot (first design).

Residents register their scarecrow on the festival website with a title, a photo
and the address where it stands; the entry and photo are kept by the site until a
committee member approves them in the committee admin page, after which the entry
appears as a numbered pin on the public trail map (tiles from a map provider).
Visitors walking the trail use a chat widget on the same site: a chatbot agent on a
hosted LLM answers questions about parking, toilets and the trail from the
committee's guidance notes and the approved entries, and records a visitor's vote
for their favourite scarecrow, taking the e-mail address they type in.
At the close of voting the committee reads the tally in the admin page and
publishes the winners on the website. The site runs on a small cloud host.
Controls: HTTPS, a request limit on the chat widget, file checks on photo uploads,
one vote per e-mail address enforced in the vote tool, and committee sign-in.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Scarecrow festival trail map and voting chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Scarecrow registration with photos, a public trail map, a voting and Q&A chatbot, "
        "and committee publication of winners for a village festival."
    ),
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "Scarecrow registration",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Resident name, e-mail address, home address, scarecrow title and photo.",
)
entry_records = tg.Data(
    "Scarecrow entry records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Registrations with their approval status and trail number.",
)
scarecrow_photos = tg.Data("Scarecrow photos", sensitivity=tg.Sensitivity.PII, kind="media")
entry_approval = tg.Data("Entry approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
trail_entries = tg.Data(
    "Approved trail entries",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Trail number, title, photo and street location of approved scarecrows.",
)
map_tiles = tg.Data("Map tiles", sensitivity=tg.Sensitivity.PUBLIC, kind="media")
trail_map_page = tg.Data("Trail map page", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
visitor_message = tg.Data(
    "Visitor chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Questions, and votes with the visitor's e-mail address.",
)
chat_reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
llm_prompt = tg.Data(
    "Chatbot prompt with festival context", sensitivity=tg.Sensitivity.PII, kind="prompt"
)
llm_completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
info_query = tg.Data("Festival info query", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-call")
guidance = tg.Data(
    "Parking and trail guidance",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Committee notes on parking, toilets, accessibility and the trail route.",
)
info_result = tg.Data("Festival info result", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-result")
vote_request = tg.Data(
    "Vote request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Trail number voted for and the e-mail address the visitor gave.",
)
votes = tg.Data(
    "Votes",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
vote_result = tg.Data(
    "Vote recorded confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
vote_tally = tg.Data("Vote tally", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
winners = tg.Data("Festival winners", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
committee_view = tg.Data(
    "Entries and tally for review", sensitivity=tg.Sensitivity.PII, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Villagers entering a scarecrow; anyone can fill in the form.
    resident = tm.add(tg.Actor("Resident", role="entrant"))
    # People walking the trail on their phones, asking and voting through the chatbot.
    visitor = tm.add(tg.Actor("Visitor", role="festival visitor"))

with tm.boundary("Map provider", trust=tg.Trust.PARTNER):
    # Map tiles under the trail pins, loaded by the visitor's browser.
    map_provider = tm.add(tg.ExternalService("Map tile provider", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the chatbot.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Festival cloud host", trust=tg.Trust.INTERNAL):
    # Registration form, trail map, chat widget and winners page in one small web app.
    website = tm.add(
        tg.Endpoint(
            "Festival website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20, note="chat widget requests per visitor IP"),
                c.InputValidation(note="photo uploads limited to JPEG and PNG under 10 MB"),
            },
        )
    )
    # Registrations and their approval status.
    entry_db = tm.add(tg.DataStore("Entry database", stores={entry_records, trail_entries}))
    # Uploaded scarecrow photos, served on the trail map once approved.
    photo_store = tm.add(tg.DataStore("Photo storage", stores={scarecrow_photos}))
    # Answers questions and records votes on the visitor's request.
    chatbot = tm.add(
        tg.Agent(
            "Festival chatbot",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=5, note="tool calls per visitor message")},
        )
    )
    # Reads the guidance notes and approved entries to answer questions.
    info_tool = tm.add(tg.Tool("Festival info tool", capabilities={"read"}))
    # Committee-written notes on parking and the trail.
    guidance_store = tm.add(tg.DataStore("Parking and trail guidance notes", stores={guidance}))
    # Records one vote for a trail number.
    vote_tool = tm.add(
        tg.Tool(
            "Vote tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="one vote per e-mail address; only approved trail numbers; voting window only"
                )
            },
        )
    )
    # Votes cast through the chatbot.
    vote_db = tm.add(tg.DataStore("Vote database", stores={votes}))
    # Where the committee approves entries, edits guidance, reads the tally and publishes winners.
    admin = tm.add(
        tg.Service(
            "Committee admin page",
            internet_facing=True,
            controls={
                c.Authentication(method="individual committee accounts, e-mail and password")
            },
        )
    )

with tm.boundary("Committee members' homes", trust=tg.Trust.INTERNAL):
    # A handful of volunteers running the festival.
    committee = tm.add(tg.Actor("Committee member", role="festival committee", privileged=True))

# ---------------------------------------------------------------- flows
# registration
tm.flow(resident, website, registration, protocol="https")
tm.flow(website, entry_db, entry_records)
tm.flow(website, photo_store, scarecrow_photos)

# committee review and publication
tm.flow(entry_db, admin, entry_records)
tm.flow(photo_store, admin, scarecrow_photos)
tm.flow(vote_db, admin, vote_tally)
tm.flow(admin, committee, committee_view, protocol="https")
tm.flow(committee, admin, entry_approval, guidance, winners, protocol="https")
tm.flow(admin, entry_db, entry_approval, trail_entries)
tm.flow(admin, guidance_store, guidance)
tm.flow(admin, website, winners)

# trail map
tm.flow(entry_db, website, trail_entries)
tm.flow(photo_store, website, scarecrow_photos)
tm.flow(
    website, visitor, trail_map_page, trail_entries, scarecrow_photos, winners, protocol="https"
)
tm.flow(map_provider, visitor, map_tiles, protocol="https")

# chatbot
tm.flow(visitor, website, visitor_message, protocol="https")
tm.flow(website, chatbot, visitor_message)
tm.flow(chatbot, llm, llm_prompt, protocol="https")
tm.flow(llm, chatbot, llm_completion, protocol="https")
tm.flow(chatbot, info_tool, info_query)
tm.flow(guidance_store, info_tool, guidance)
tm.flow(entry_db, info_tool, trail_entries)
tm.flow(info_tool, chatbot, info_result)
tm.flow(chatbot, vote_tool, vote_request)
tm.flow(vote_db, vote_tool, votes, label="earlier votes by the same e-mail address")
tm.flow(entry_db, vote_tool, trail_entries, label="approved trail numbers")
tm.flow(vote_tool, vote_db, votes)
tm.flow(vote_tool, chatbot, vote_result)
tm.flow(chatbot, website, chat_reply)
tm.flow(website, visitor, chat_reply, protocol="https", id="chat-reply")
