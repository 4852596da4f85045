"""Community orchestra part library with LLM bowing markup: the first design.

A volunteer-run amateur orchestra in the Netherlands keeps its sheet music online.
About 70 members sign in to a small web app on a rented cloud VM and download the
parts for their instrument before each rehearsal cycle. The volunteer librarian
scans paper parts (including parts rented from publishers under licence) and
uploads them, or imports public-domain parts by pasting an IMSLP link.
Section leaders can ask for bowing and fingering suggestions on a scanned part: a
background worker sends the page images to a hosted multimodal LLM and stores the
suggested markup, which the section leader reviews and approves in the app before
the marked-up part is published to the section. Members get an e-mail when parts
change. Controls: e-mail and password sign-in with roles (member, section leader,
librarian), HTTPS everywhere, the cloud provider's disk encryption, and section
leader approval of every markup. Nothing else has been reviewed yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community orchestra part library and bowing markup",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Members download their parts; an LLM suggests bowings for section leaders to approve.",
)

# ---------------------------------------------------------------- data assets
member_accounts = tg.Data(
    "Member accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, instrument, section, role and password hash.",
)
sign_in = tg.Data("Sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
scanned_parts = tg.Data(
    "Scanned parts",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
    description="PDF scans; rented parts may only be shared with the orchestra's players.",
)
public_domain_parts = tg.Data(
    "Public-domain parts", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
download_request = tg.Data(
    "Part download request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
markup_request = tg.Data("Markup request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
page_prompt = tg.Data(
    "Page images with markup instructions",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rendered pages of the part, the instrument and the leader's style notes.",
)
suggestions = tg.Data(
    "Suggested bowing and fingering markup",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
approval = tg.Data("Markup approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
marked_up_parts = tg.Data(
    "Marked-up parts", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
notification = tg.Data(
    "New part notification e-mail", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Players download parts from home on laptops, tablets and phones.
    member = tm.add(tg.Actor("Orchestra member", role="member"))
    # Principal players who request and approve markup for their section.
    section_leader = tm.add(tg.Actor("Section leader", role="section leader"))
    # The volunteer who scans, uploads and manages the whole library.
    librarian = tm.add(tg.Actor("Volunteer librarian", role="librarian", privileged=True))
    # Public-domain parts are imported straight from IMSLP by URL.
    imslp = tm.add(
        tg.DataSource(
            "IMSLP public-domain parts",
            origin=tg.Origin.PUBLIC_WEB,
            provides={public_domain_parts},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general multimodal model that reads notation from page images.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Called with the orchestra's API key; suggests bowings and fingerings.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends the "new parts" messages.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Orchestra cloud VM", trust=tg.Trust.INTERNAL):
    # The web app every person uses: sign-in, library browsing, uploads, review.
    web_app = tm.add(
        tg.Endpoint(
            "Part library web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="member, section leader and librarian roles"),
            },
        )
    )
    # Background worker that turns a part into page images and asks the LLM for markup.
    worker = tm.add(
        tg.Service(
            "Markup worker",
            description="Renders the requested pages, calls the LLM, stores the suggestions.",
            controls={
                c.HumanInTheLoop(
                    approver="the section leader",
                    note="suggestions are drafts until the section leader approves them in the app",
                )
            },
        )
    )
    # Object storage for the scanned PDFs and the approved marked-up versions.
    part_store = tm.add(
        tg.DataStore(
            "Part library storage",
            stores={scanned_parts, public_domain_parts, marked_up_parts},
            controls={c.EncryptionAtRest(key_management="cloud provider default disk encryption")},
        )
    )
    # Member and role database behind the sign-in.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={member_accounts},
            controls={c.EncryptionAtRest(key_management="cloud provider default disk encryption")},
        )
    )
    # Pending markup suggestions waiting for review.
    suggestion_store = tm.add(tg.DataStore("Markup suggestion queue", stores={suggestions}))

# ---------------------------------------------------------------- flows
# Sign-in (everyone)
for person in (member, section_leader, librarian):
    tm.flow(person, web_app, sign_in, protocol="https", label="sign in")
tm.flow(web_app, member_db, sign_in, label="check password")
tm.flow(member_db, web_app, member_accounts, label="account and role")
tm.flow(librarian, web_app, member_accounts, protocol="https", label="manage members")
tm.flow(web_app, member_db, member_accounts, label="update members")

# Library: upload, import and download
tm.flow(librarian, web_app, scanned_parts, protocol="https", label="upload scans")
tm.flow(imslp, web_app, public_domain_parts, protocol="https", label="import by URL")
tm.flow(web_app, part_store, scanned_parts, public_domain_parts)
tm.flow(member, web_app, download_request, protocol="https")
tm.flow(part_store, web_app, scanned_parts, public_domain_parts, marked_up_parts)
tm.flow(web_app, member, scanned_parts, public_domain_parts, marked_up_parts, protocol="https")

# Bowing and fingering markup
tm.flow(section_leader, web_app, markup_request, protocol="https", label="request markup")
tm.flow(web_app, worker, markup_request)
tm.flow(part_store, worker, scanned_parts, public_domain_parts, label="pages to mark up")
tm.flow(worker, llm, page_prompt, protocol="https")
tm.flow(llm, worker, suggestions, protocol="https")
tm.flow(worker, suggestion_store, suggestions)
tm.flow(suggestion_store, web_app, suggestions)
tm.flow(web_app, section_leader, suggestions, protocol="https", label="review")
tm.flow(section_leader, web_app, approval, protocol="https", label="approve or edit")
tm.flow(web_app, part_store, marked_up_parts, label="publish approved markup")

# Notifications
tm.flow(member_db, web_app, notification, label="section mailing list")
tm.flow(web_app, mailer, notification, protocol="https")
tm.flow(mailer, member, notification, protocol="smtp", label="new parts available")
