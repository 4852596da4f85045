"""Local news wire-story rewriting: the first design, before any security review.

A regional news website (based in the EU) takes stories from a national wire
agency's feed and has a hosted LLM rewrite them into the house style, adding
local angles drawn from the site's own archive of published stories. A rewrite
service polls the agency's API, looks up related archive stories, sends the
prompt to the LLM vendor and files the result as a draft in the content
management system (CMS). Nothing is published without a duty editor opening the
draft, editing it and approving it in the CMS; editors sign in through the
company's single sign-on with MFA, and the CMS keeps a revision history.
Readers read the public website and can report errors through a corrections
form; reports (with the reader's name and e-mail) land in a corrections inbox
that the editors work through, correcting the story in the CMS. Everything runs
in the publisher's cloud account, apart from the wire agency and the LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Local news wire-story rewrite",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Hosted LLM rewrites national wire copy into house style with local "
    "angles; a duty editor approves every story before publication.",
)

# ---------------------------------------------------------------- data assets
wire_story = tg.Data(
    "Wire story",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed agency copy, some of it under embargo.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
archive_query = tg.Data("Archive search query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
archive_excerpts = tg.Data(
    "Related archive stories",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Earlier published local stories on the same people, places or topics.",
)
rewrite_prompt = tg.Data(
    "Rewrite prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="House-style instructions, the wire story and related archive stories.",
)
draft = tg.Data(
    "Rewritten draft story",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
editor_edits = tg.Data("Editor edits and publish approval", kind="records")
published = tg.Data(
    "Published story",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
archive_stories = tg.Data("Story archive", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
page_request = tg.Data("Page request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
correction_report = tg.Data(
    "Correction report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The story, the claimed error, and the reader's name and e-mail.",
)
acknowledgement = tg.Data(
    "Correction acknowledgement", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
sign_in = tg.Data("Staff sign-in assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone reading the site; also the only people who submit corrections.
    reader = tm.add(tg.Actor("Reader", role="member of the public"))

with tm.boundary("Wire agency", trust=tg.Trust.PARTNER):
    # The national agency's story feed the site subscribes to.
    wire_feed = tm.add(
        tg.DataSource(
            "National wire feed",
            origin=tg.Origin.PARTNER,
            provides={wire_story},
            description="The agency's content API, polled every few minutes with our API key.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model does the rewriting; we do not train it.
    llm = tm.add(
        tg.LLM(
            "Hosted rewrite LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completion API used to rewrite wire copy into house style.",
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The company's SaaS single sign-on, used by newsroom staff.
    idp = tm.add(tg.ExternalService("Staff single sign-on", provides="identity-provider"))

with tm.boundary("Publisher cloud", trust=tg.Trust.INTERNAL):
    # Polls the wire, finds related archive stories, calls the LLM, files drafts.
    rewriter = tm.add(
        tg.Service(
            "Rewrite service",
            description="Builds the prompt from the wire story and archive matches; "
            "files the LLM's output as a draft in the CMS.",
        )
    )
    # Every story the site has published, searched for local angles.
    archive = tm.add(
        tg.DataStore(
            "Story archive database",
            stores={archive_stories},
            description="Full-text searchable archive of published stories.",
        )
    )
    # Where drafts are edited, approved and published; the newsroom's main tool.
    cms = tm.add(
        tg.Service(
            "Content management system",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(note="only editors can publish"),
                c.HumanInTheLoop(approver="the duty editor"),
                c.AuditLogging(note="revision history of every story"),
            },
        )
    )
    # Public site serving published stories to readers.
    website = tm.add(tg.Endpoint("Public news website", purpose=tg.EndpointPurpose.API))
    # Public form where readers report errors in a story.
    corrections_form = tm.add(
        tg.Endpoint(
            "Corrections form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="field lengths and a required story link")},
        )
    )
    # Holds reader reports until an editor has dealt with them.
    corrections_inbox = tm.add(
        tg.DataStore(
            "Corrections inbox",
            stores={correction_report},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Newsroom", trust=tg.Trust.INTERNAL):
    # Approves every rewritten story and handles reader corrections.
    editor = tm.add(tg.Actor("Duty editor", role="editor"))

# ---------------------------------------------------------------- flows
tm.flow(wire_feed, rewriter, wire_story, protocol="https", label="polls the feed")
tm.flow(rewriter, archive, archive_query, label="related-story search")
tm.flow(archive, rewriter, archive_excerpts)
tm.flow(rewriter, llm, rewrite_prompt, protocol="https")
tm.flow(llm, rewriter, draft, protocol="https")
tm.flow(rewriter, cms, draft, protocol="https", label="files draft")

tm.flow(cms, idp, sign_in, protocol="https", label="sign-in redirect")
tm.flow(idp, cms, sign_in, protocol="https")
tm.flow(cms, editor, draft, protocol="https", label="draft for review")
tm.flow(editor, cms, editor_edits, protocol="https")
tm.flow(cms, website, published, protocol="https", label="publish")
tm.flow(cms, archive, published, label="archive on publish")

tm.flow(reader, website, page_request, protocol="https")
tm.flow(website, reader, published, protocol="https")

tm.flow(reader, corrections_form, correction_report, protocol="https")
tm.flow(corrections_form, reader, acknowledgement, protocol="https")
tm.flow(corrections_form, corrections_inbox, correction_report)
tm.flow(corrections_inbox, editor, correction_report, protocol="https", label="corrections queue")
tm.flow(editor, cms, editor_edits, protocol="https", label="correction to story")
