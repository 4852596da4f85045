"""Youth theatre audition feedback: the first design, before any security review.

A youth theatre company runs open auditions for its season. A parent or guardian
fills in an application form on the company's audition portal and uploads the
young person's audition video. The audition panel (staff and freelance
directors) watch the videos in a panel review app and write notes. A drafting
service sends each applicant's panel notes to a hosted LLM, which drafts
encouraging written feedback; the artistic director edits and approves every
draft in the review app, and only approved feedback is e-mailed to the parent
through a transactional e-mail provider. Everything runs in the company's cloud
tenancy; staff and panel sign in with company accounts that have 2-step
verification, uploads are checked for file type and size, the video bucket is
encrypted by the cloud provider, and a season-end job deletes all videos.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Youth theatre audition feedback",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Audition videos from young people, LLM-drafted panel feedback e-mailed to parents.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Young person's name, age, school year, parent's name and e-mail, consent to film.",
)
video = tg.Data(
    "Audition video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="A minor performing a monologue or song, filmed at home.",
)
notes = tg.Data(
    "Panel notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each panel member's comments on the audition, by applicant.",
)
prompt = tg.Data(
    "Feedback drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="House style instructions, the applicant's first name and the panel notes.",
)
draft = tg.Data("Draft feedback", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved = tg.Data("Approved feedback", kind="documents", sensitivity=tg.Sensitivity.PII)
feedback_mail = tg.Data("Feedback e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
staff_sign_in = tg.Data("Staff sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Applies on the young person's behalf and receives the feedback.
    parent = tm.add(tg.Actor("Parent or guardian", role="applicant's parent"))
    # Staff and freelance directors watch videos from their own laptops.
    panel = tm.add(tg.Actor("Audition panel member", role="panel member"))
    # Edits and approves every piece of feedback before it is sent.
    director = tm.add(tg.Actor("Artistic director", role="artistic director", privileged=True))

with tm.boundary("Company cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public application form and video upload.
    portal = tm.add(
        tg.Endpoint(
            "Audition portal",
            purpose=tg.EndpointPurpose.API,
            description="Public web form; no account needed to apply.",
            controls={c.InputValidation(note="video file type and size limit checked on upload")},
        )
    )
    # Holds the application forms, panel notes and feedback for the season.
    applications = tm.add(
        tg.DataStore("Applications database", stores={application, notes, draft, approved})
    )
    # Holds the uploaded videos until the season ends.
    videos = tm.add(
        tg.DataStore(
            "Audition video bucket",
            stores={video},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RetentionLimits(days=300, note="all videos deleted at the end of the season"),
            },
        )
    )
    # Where the panel watch videos and write notes, and the director approves feedback.
    review_app = tm.add(
        tg.Service(
            "Panel review app",
            description="Web app for the panel and the artistic director.",
            controls={
                c.Authentication(
                    method="company Google Workspace accounts with 2-step verification"
                ),
                c.RBAC(note="only the artistic director can approve and send feedback"),
            },
        )
    )
    # Builds the prompt from the panel notes and stores the returned draft.
    drafting = tm.add(
        tg.Service(
            "Feedback drafting service",
            controls={c.HumanInTheLoop(approver="the artistic director, for every applicant")},
        )
    )
    # Scheduled job that empties the video bucket after the season.
    cleanup = tm.add(tg.Service("Season-end deletion job"))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Drafts the feedback text from the panel's notes.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )
    # Sends the approved feedback to parents.
    mailer = tm.add(
        tg.ExternalService("Transactional e-mail provider", provides=tg.ExternalCategory.GENERIC)
    )
    # Company accounts for staff and panel sign-in.
    idp = tm.add(
        tg.ExternalService("Google Workspace", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

# ---------------------------------------------------------------- flows
tm.flow(parent, portal, application, video, protocol="https")
tm.flow(portal, applications, application)
tm.flow(portal, videos, video)

tm.flow(panel, review_app, staff_sign_in, protocol="oidc", label="sign-in")
tm.flow(director, review_app, staff_sign_in, protocol="oidc", label="sign-in")
tm.flow(review_app, idp, staff_sign_in, protocol="oidc")
tm.flow(idp, review_app, staff_sign_in, protocol="oidc", label="identity token")

tm.flow(videos, review_app, video, label="streamed to the panel")
tm.flow(review_app, panel, video, application, protocol="https")
tm.flow(panel, review_app, notes, protocol="https")
tm.flow(review_app, applications, notes)

tm.flow(applications, drafting, notes)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, applications, draft)

tm.flow(applications, review_app, draft, label="draft for review")
tm.flow(review_app, director, draft, protocol="https")
tm.flow(director, review_app, approved, protocol="https", label="edits and approves")
tm.flow(review_app, applications, approved)
tm.flow(review_app, mailer, feedback_mail, protocol="https")
tm.flow(mailer, parent, feedback_mail, protocol="smtp")

tm.flow(cleanup, videos, label="deletes the season's videos")
