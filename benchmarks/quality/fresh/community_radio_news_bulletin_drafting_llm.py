"""Community radio news bulletins: the first design, before any security review.

A volunteer-run community radio station broadcasts a short local news bulletin
every hour. Press releases arrive by e-mail at the station's news mailbox (hosted
by its e-mail provider) and a regional news agency supplies a licensed wire feed.
An ingest job on the station's rented cloud server collects both into a story
store. Each hour a drafting job picks the newest stories, asks a hosted LLM to
write a 90-second bulletin in the station's house style, and saves the draft.
The duty news editor (a volunteer, usually working from home) edits and approves
the draft in the newsroom web app; only approved bulletins are shown to the
volunteer presenter on the studio PC, who reads them on air. Volunteers sign in
to the web app with their own e-mail and password; all traffic uses HTTPS, the
mailbox is read over IMAPS, and the LLM API key sits in the server's environment.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Community radio news bulletin drafting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Hourly local news bulletins drafted by a hosted LLM from press releases "
    "and a wire feed, approved by a volunteer editor and read on air.",
)

# ---------------------------------------------------------------- data assets
press_release = tg.Data(
    "Press release",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="E-mailed releases from councils, police, charities and businesses; "
    "name people in the news and the press officer's contact details; some embargoed.",
)
wire_story = tg.Data(
    "Wire story",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed regional agency copy; not to be republished verbatim.",
)
story_item = tg.Data(
    "Story item",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="A release or wire story as extracted text, with source, time and embargo.",
)
draft_prompt = tg.Data(
    "Bulletin drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="House-style instructions plus the text of the last hour's stories.",
)
draft_text = tg.Data("Drafted bulletin", kind="model-output", sensitivity=tg.Sensitivity.PII)
bulletin = tg.Data(
    "Bulletin",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Draft, editor's changes and approval state of each hourly bulletin.",
)
approved_bulletin = tg.Data(
    "Approved bulletin script",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
editor_edit = tg.Data(
    "Editor edits and approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
volunteer_accounts = tg.Data(
    "Volunteer accounts",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses and password hashes of volunteers.",
)
llm_api_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can e-mail the news address: real press offices and everyone else.
    press_officer = tm.add(tg.Actor("Press officer", role="press release sender"))
    # Volunteer editors work from home on their own laptops.
    editor = tm.add(tg.Actor("Duty news editor", role="volunteer news editor"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The station's hosted mailbox that press releases are sent to.
    mailbox = tm.add(
        tg.ExternalService(
            "News mailbox",
            provides=tg.ExternalCategory.GENERIC,
            description="news@ address on the station's hosted e-mail plan.",
        )
    )

with tm.boundary("News agency", trust=tg.Trust.PARTNER):
    # The licensed regional wire service.
    wire = tm.add(
        tg.DataSource(
            "Regional wire feed",
            origin=tg.Origin.PARTNER,
            provides={wire_story},
            description="Agency API polled every ten minutes for regional stories.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that writes the drafts; the station runs no models itself.
    llm = tm.add(
        tg.LLM(
            "Hosted bulletin LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Station cloud server", trust=tg.Trust.INTERNAL):
    # Collects press releases and wire copy into one place.
    ingest = tm.add(
        tg.Service(
            "Story ingest job",
            description="Reads the mailbox over IMAPS and polls the wire feed; strips "
            "attachments to text.",
        )
    )
    # Everything the drafter can draw on, kept for a week.
    story_store = tm.add(tg.DataStore("Story store", stores={story_item}))
    # Builds the prompt each hour and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Hourly bulletin drafter",
            description="At ten to each hour takes the newest stories not under embargo, "
            "asks the LLM for a bulletin and saves the draft.",
        )
    )
    # Drafts, edits and approved bulletins, kept as the station's broadcast record.
    bulletin_store = tm.add(tg.DataStore("Bulletin store", stores={bulletin, approved_bulletin}))
    # Where the editor approves and the presenter reads; reachable from the internet.
    newsroom = tm.add(
        tg.Endpoint(
            "Newsroom web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Small web app for editing, approving and reading bulletins.",
            controls={
                tg.controls.Authentication(method="individual e-mail and password"),
                tg.controls.HumanInTheLoop(
                    approver="duty news editor",
                    note="a bulletin is shown to presenters only after the editor approves it",
                ),
            },
        )
    )
    # Volunteer sign-in accounts for the web app.
    accounts = tm.add(tg.DataStore("Volunteer account database", stores={volunteer_accounts}))
    # Server configuration holding the LLM API key as an environment variable.
    server_config = tm.add(tg.DataStore("Server environment file", stores={llm_api_key}))

with tm.boundary("Studio network", trust=tg.Trust.INTERNAL):
    # Reads the approved bulletin live on air from the studio PC.
    presenter = tm.add(tg.Actor("Volunteer presenter", role="presenter"))

# ---------------------------------------------------------------- flows
tm.flow(press_officer, mailbox, press_release, protocol="smtp", label="press release e-mail")
tm.flow(mailbox, ingest, press_release, protocol="imaps")
tm.flow(wire, ingest, wire_story, protocol="https")
tm.flow(ingest, story_store, story_item)

tm.flow(story_store, drafter, story_item, label="hourly read of newest stories")
tm.flow(server_config, drafter, llm_api_key)
tm.flow(drafter, llm, draft_prompt, llm_api_key, protocol="https")
tm.flow(llm, drafter, draft_text, protocol="https")
tm.flow(drafter, bulletin_store, bulletin)

tm.flow(newsroom, accounts, volunteer_accounts, label="sign-in check")
tm.flow(accounts, newsroom, volunteer_accounts, label="sign-in check")
tm.flow(bulletin_store, newsroom, bulletin, approved_bulletin)
tm.flow(newsroom, bulletin_store, bulletin, editor_edit, label="edits and approval")
tm.flow(newsroom, editor, bulletin, protocol="https")
tm.flow(editor, newsroom, editor_edit, protocol="https")
tm.flow(story_store, newsroom, story_item, label="source stories beside the draft")
tm.flow(newsroom, presenter, approved_bulletin, protocol="https")
