"""Online tutoring marketplace with LLM safeguarding review of session chats, first design.

Parents find tutors for their school-age children on the marketplace web app,
book sessions and pay by card on the payment provider's hosted checkout. Pupils
and tutors meet in the browser-based session room (live video plus text chat);
the chat is kept as a transcript. When a session ends, a review worker sends the
transcript to a hosted LLM, which flags possible safeguarding concerns (grooming
language, requests to move off-platform, disclosures of harm) into a case queue.
The designated safeguarding lead reviews each flag in a staff console and decides
what to do; the LLM never acts on its own. Tutors upload identity documents at
onboarding and are vetted through a criminal record check provider's API; the
safeguarding lead signs off each tutor before their profile is listed.
Everything runs in one cloud account. Controls: account logins, HTTPS throughout,
MFA, roles and audit logs on the staff console, encrypted transcript storage,
and a vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online tutoring marketplace session safeguarding",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Tutoring marketplace for school children: bookings and payments, live sessions, "
        "LLM flagging of chat transcripts for the safeguarding lead, vetted tutors."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking requests",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child's first name, school year, subject, chosen tutor and time.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
accounts = tg.Data(
    "Family and tutor accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
tutor_profiles = tg.Data("Tutor profiles", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
chat = tg.Data(
    "Session chat messages",
    sensitivity=tg.Sensitivity.PII,
    description="Messages between a child and a tutor during a session.",
)
video = tg.Data("Live session video", kind="media", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data(
    "Session chat transcripts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_prompt = tg.Data(
    "Transcript review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Safeguarding instructions followed by the full session transcript.",
)
assessment = tg.Data(
    "Safeguarding assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Concern category, quoted messages and a short rationale.",
)
flags = tg.Data(
    "Safeguarding flags",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
decisions = tg.Data(
    "Safeguarding decisions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Outcome of each flag: no action, warning, suspension, referral to authorities.",
)
tutor_documents = tg.Data(
    "Tutor identity documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Passport or driving licence and proof of address.",
)
check_application = tg.Data(
    "Criminal record check application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
check_result = tg.Data(
    "Criminal record check result",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
vetting_status = tg.Data("Tutor vetting status", kind="records", sensitivity=tg.Sensitivity.PII)
tutor_approval = tg.Data(
    "Tutor listing approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
provider_key = tg.Data(
    "Check provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books and pays for sessions on behalf of their child.
    parent = tm.add(tg.Actor("Parent", role="customer"))
    # The school child being tutored; joins sessions from the family's account.
    pupil = tm.add(tg.Actor("Pupil", role="child learner"))
    # Self-employed tutors who list themselves on the marketplace.
    tutor = tm.add(tg.Actor("Tutor", role="tutor"))

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # Public web app and API: search, profiles, bookings, checkout, tutor sign-up.
    web_app = tm.add(
        tg.Endpoint(
            "Marketplace web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Accounts, bookings, tutor profiles and vetting status.
    market_db = tm.add(
        tg.DataStore(
            "Marketplace database",
            stores={accounts, booking, tutor_profiles, vetting_status},
        )
    )
    # The virtual classroom: relays live video and chat, keeps the chat transcript.
    session_room = tm.add(
        tg.Service(
            "Session room service",
            controls={c.Authentication(method="signed-in parent or tutor account")},
        )
    )
    # Chat transcripts of every session, the evidence a safeguarding review rests on.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Picks up each finished session and asks the LLM whether anything needs a look.
    review_worker = tm.add(
        tg.Service(
            "Transcript review worker",
            description="Runs when a session ends; writes any flag to the case queue.",
            controls={
                c.HumanInTheLoop(approver="the safeguarding lead decides the action on every flag"),
            },
        )
    )
    # Tutor sign-up: document upload, criminal record check, listing once signed off.
    onboarding = tm.add(
        tg.Service(
            "Tutor onboarding service",
            controls={c.SecretsManagement()},
        )
    )

    with tm.boundary("Safeguarding area", trust=tg.Trust.RESTRICTED):
        # Open flags and the decisions taken on them.
        case_queue = tm.add(tg.DataStore("Safeguarding case queue", stores={flags, decisions}))
        # Internal console where the safeguarding lead works the queue and signs off tutors.
        console = tm.add(
            tg.Endpoint(
                "Safeguarding console",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="staff SSO with MFA"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Designated safeguarding lead: the person who decides what happens on a concern.
    lead = tm.add(
        tg.Actor("Safeguarding lead", role="designated safeguarding lead", privileged=True)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model, prompted to read transcripts for safeguarding concerns.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Reads session transcripts and flags possible safeguarding concerns.",
            controls={c.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout and card processing; the marketplace never sees card numbers.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Vetting provider", trust=tg.Trust.PARTNER):
    # Umbrella body that submits criminal record checks and returns the results.
    vetting = tm.add(tg.ExternalService("Criminal record check provider", provides="data-provider"))

# ---------------------------------------------------------------- flows
# Booking and payment.
tm.flow(parent, web_app, booking, accounts, protocol="https")
tm.flow(web_app, parent, tutor_profiles, booking, protocol="https")
tm.flow(web_app, market_db, accounts, booking)
tm.flow(market_db, web_app, accounts, booking, tutor_profiles, vetting_status)
tm.flow(web_app, payments, checkout, protocol="https")
tm.flow(parent, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(payments, web_app, payment_confirmation, protocol="https", label="payment webhook")

# Live sessions.
tm.flow(pupil, session_room, chat, video, protocol="wss")
tm.flow(session_room, pupil, chat, video, protocol="wss")
tm.flow(tutor, session_room, chat, video, protocol="wss")
tm.flow(session_room, tutor, chat, video, protocol="wss")
tm.flow(market_db, session_room, booking, label="who may join")
tm.flow(session_room, transcript_store, transcripts)

# Safeguarding review.
tm.flow(transcript_store, review_worker, transcripts, label="after each session")
tm.flow(review_worker, llm, review_prompt, protocol="https")
tm.flow(llm, review_worker, assessment, protocol="https")
tm.flow(review_worker, case_queue, flags)
tm.flow(case_queue, console, flags, decisions)
tm.flow(transcript_store, console, transcripts, label="full transcript for a flag")
tm.flow(console, lead, flags, transcripts, decisions, protocol="https")
tm.flow(lead, console, decisions, tutor_approval, protocol="https")
tm.flow(console, case_queue, decisions)

# Tutor onboarding and vetting.
tm.flow(tutor, web_app, tutor_documents, tutor_profiles, protocol="https")
tm.flow(web_app, onboarding, tutor_documents, tutor_profiles)
tm.flow(onboarding, vetting, check_application, tutor_documents, provider_key, protocol="https")
tm.flow(vetting, onboarding, check_result, protocol="https", label="result webhook")
tm.flow(onboarding, console, check_result, label="awaiting sign-off")
tm.flow(console, onboarding, tutor_approval)
tm.flow(onboarding, market_db, vetting_status, tutor_profiles)
