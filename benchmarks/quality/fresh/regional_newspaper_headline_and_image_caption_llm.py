"""Headline, summary and alt-text suggestions for a regional newspaper group: first design.

Reporters and sub-editors across the group's titles write and edit stories in a
cloud-hosted content management system (CMS). A new suggestion service sends the
story text, and any photos attached to it, to a hosted multimodal LLM and returns
suggested headlines, a standfirst summary and alt text for each photo. Nothing is
published as the model wrote it: a reporter or sub-editor accepts or edits each
suggestion, and only sub-editors can publish to the public website.
Wire copy from a national news agency is pulled into the CMS by an ingest job, and
readers' photos sent by e-mail to the newsdesk mailbox are imported by the picture
desk; both can be sent for suggestions like any other story.
Staff sign in to the CMS with the group's single sign-on and MFA, and CMS roles
separate writing from publishing. The LLM vendor is under an enterprise agreement
(no training on our inputs); calls to it use HTTPS with a key held in the vault.
Suggestions and the prompts behind them are logged for the managing editor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regional newspaper headline and image caption LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM-suggested headlines, summaries and photo alt text in the newsroom CMS, "
        "accepted or edited by reporters and sub-editors before publication."
    ),
)

# ---------------------------------------------------------------- data assets
wire_copy = tg.Data(
    "Wire copy",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed news agency stories, some under embargo until a set time.",
)
reader_email = tg.Data(
    "Reader photo e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="A reader's e-mail with their name, address, phone number and attached photos.",
)
reader_photo = tg.Data(
    "Reader photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos sent in by readers; often show identifiable people, children included.",
)
draft = tg.Data(
    "Story drafts",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Unpublished copy, including names of people in court and council stories.",
)
staff_photo = tg.Data(
    "Staff and agency photos", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
suggest_request = tg.Data(
    "Suggestion request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the house style guide extract, story text and attached images.",
)
suggestions = tg.Data(
    "Suggested headlines, summaries and alt text",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
edited_copy = tg.Data(
    "Accepted or edited copy",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The headline, summary and alt text a person accepted or rewrote.",
)
published = tg.Data(
    "Published article",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
suggestion_log = tg.Data(
    "Suggestion log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each prompt, each suggestion and whether it was accepted, edited or rejected.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Readers send in photos by e-mail and read the published site.
    reader = tm.add(tg.Actor("Member of the public", role="reader"))

with tm.boundary("News agency", trust=tg.Trust.PARTNER):
    # The national agency's wire service, the source of most non-local copy.
    wire = tm.add(
        tg.DataSource(
            "News agency wire feed",
            origin=tg.Origin.PARTNER,
            provides={wire_copy},
            description="Agency content API, polled every minute.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted multimodal model that writes the suggestions.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model that reads text and images.",
            controls={
                c.SupplierAssessment(
                    note="enterprise agreement: no training on our inputs, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Newsroom cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where reader e-mails with photos land before the picture desk imports them.
    mailbox = tm.add(
        tg.Service(
            "Newsdesk photo mailbox",
            description="Shared mailbox pictures@ on the group's hosted e-mail.",
        )
    )
    # Pulls wire stories from the agency and files them into the CMS queues.
    wire_ingest = tm.add(
        tg.Pipeline(
            "Wire ingest job",
            stage=tg.Stage.INGESTION,
            description="Parses the agency's NewsML items into CMS stories.",
            controls={c.SchemaEnforcement(note="items that do not parse as NewsML are dropped")},
        )
    )
    # The editorial system everyone works in; the place suggestions are accepted.
    cms = tm.add(
        tg.Service(
            "Content management system",
            description="Story editing, picture desk import, page planning and publishing.",
            controls={
                c.Authentication(method="group SSO (Microsoft Entra ID) with MFA"),
                c.RBAC(note="reporters write; only sub-editors publish"),
                c.HumanInTheLoop(
                    approver="the reporter or sub-editor handling the story",
                    note="each suggestion must be accepted or edited before it is saved",
                ),
            },
        )
    )
    # Stories and their revision history.
    story_db = tm.add(
        tg.DataStore(
            "Story database",
            stores={draft, wire_copy, edited_copy},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Photo library: staff, agency and reader pictures.
    photo_store = tm.add(
        tg.DataStore(
            "Photo asset library",
            stores={staff_photo, reader_photo},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # New: builds the prompt from the story and photos and calls the LLM.
    suggester = tm.add(
        tg.Service(
            "Suggestion service",
            description="CMS plug-in backend; one call per 'suggest' button press.",
            controls={c.SecretsManagement(note="LLM API key in the cloud key vault")},
        )
    )
    # Kept so the managing editor can see how suggestions are used.
    log_store = tm.add(tg.DataStore("Suggestion log store", stores={suggestion_log}))
    # The titles' public news websites, rendered from published stories.
    website = tm.add(
        tg.Endpoint(
            "Public news website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Published articles and photos with their alt text, behind a CDN.",
        )
    )

with tm.boundary("Newsroom offices", trust=tg.Trust.INTERNAL):
    # Write stories and ask for suggestions on their own copy.
    reporter = tm.add(tg.Actor("Reporter", role="journalist"))
    # Check, edit and publish; the last person to see a headline before readers do.
    sub_editor = tm.add(tg.Actor("Sub-editor", role="sub-editor"))

# ---------------------------------------------------------------- flows
# reader photos by e-mail
tm.flow(reader, mailbox, reader_email, reader_photo, protocol="smtp")
tm.flow(mailbox, cms, reader_email, reader_photo, label="picture desk import")

# wire copy
tm.flow(wire, wire_ingest, wire_copy, protocol="https")
tm.flow(wire_ingest, cms, wire_copy)

# writing and editing
tm.flow(reporter, cms, draft, staff_photo, edited_copy, protocol="https")
tm.flow(cms, reporter, draft, suggestions, protocol="https")
tm.flow(sub_editor, cms, edited_copy, protocol="https", label="edits and publishes")
tm.flow(cms, sub_editor, draft, wire_copy, reader_photo, suggestions, protocol="https")
tm.flow(cms, story_db, draft, wire_copy, edited_copy)
tm.flow(story_db, cms, draft, wire_copy, edited_copy)
tm.flow(cms, photo_store, staff_photo, reader_photo)
tm.flow(photo_store, cms, staff_photo, reader_photo)

# suggestions
tm.flow(cms, suggester, draft, wire_copy, staff_photo, reader_photo, label="suggest request")
tm.flow(suggester, llm, suggest_request, protocol="https")
tm.flow(llm, suggester, suggestions, protocol="https")
tm.flow(suggester, cms, suggestions)
tm.flow(suggester, log_store, suggestion_log)

# publication
tm.flow(cms, website, published, reader_photo, staff_photo, label="publish")
tm.flow(website, reader, published, protocol="https")
