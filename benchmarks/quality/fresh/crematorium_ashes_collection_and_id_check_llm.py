"""Council crematorium: ashes collection requests with an LLM identity check (first design).

Families arrange to collect cremated remains through an online form on the council
website. The applicant gives the cremation reference, their relationship to the
deceased and uploads a photo of their passport or driving licence. A check service
in the council's cloud tenancy fetches the cremation application from the
crematorium records system in the council data centre and asks a hosted LLM whether
the name on the ID, and the stated relationship, match the person the application
names to receive the ashes. The verdict is stored with the case. Staff at the
crematorium office sign in to a console with council single sign-on, read the case
and the verdict, confirm it, and record the release when the family collects.
Appointment confirmations go out through GOV.UK Notify.
Controls in this design: HTTPS, rate limiting and file checks on the form, SSO with
MFA and role-based access for staff, a person confirming every release, encryption
at rest on the case store and the records system, and audit logging of releases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crematorium ashes collection and ID check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Online requests to collect ashes, checked by an LLM and released by office staff.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Collection request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cremation reference, applicant name, contact details, stated relationship.",
)
id_document = tg.Data(
    "Uploaded ID document",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Photo or scan of a passport or driving licence.",
)
application = tg.Data(
    "Cremation application record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Applicant, deceased, funeral director and who is to receive the ashes.",
)
check_prompt = tg.Data(
    "ID check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request, the ID image and the application record.",
)
verdict = tg.Data(
    "ID check verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Match, mismatch or unsure, with the model's reasons.",
)
case = tg.Data(
    "Collection case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The request, the ID file and the check verdict, as staff see it.",
)
release = tg.Data(
    "Ashes release record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Who collected, when, which member of staff released them.",
)
appointment = tg.Data(
    "Collection appointment message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
sign_in = tg.Data("Staff SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Family member (or their funeral director) arranging to collect the ashes.
    applicant = tm.add(tg.Actor("Family applicant", role="bereaved family member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the ID image and compares it with the record.
    llm = tm.add(
        tg.LLM(
            "Hosted ID check LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Vision-capable model; compares the ID with the cremation application.",
            controls={
                c.SupplierAssessment(note="council procurement review of the vendor's terms")
            },
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government notification service used by the council for e-mail and SMS.
    notify = tm.add(tg.ExternalService("GOV.UK Notify"))

with tm.boundary("Council identity provider", trust=tg.Trust.PARTNER):
    # The council's hosted directory that signs staff in.
    idp = tm.add(tg.ExternalService("Council SSO", provides="identity-provider"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public form for collection requests, with the ID upload.
    form = tm.add(
        tg.Endpoint(
            "Ashes collection form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=10),
                c.InputValidation(note="JPEG, PNG or PDF only, up to 10 MB"),
            },
        )
    )
    # Holds each request, its ID upload and the check verdict until collection.
    case_store = tm.add(
        tg.DataStore(
            "Collection case store",
            stores={request, id_document, verdict, case},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt from the request, the ID and the application, and stores the verdict.
    checker = tm.add(
        tg.Service(
            "ID check service",
            description="Runs when a request arrives; asks the LLM and writes its verdict to the case.",
        )
    )
    # Console the crematorium office uses to review cases and record releases.
    console = tm.add(
        tg.Service(
            "Crematorium staff console",
            controls={
                c.Authentication(method="council SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="crematorium office staff"),
            },
        )
    )

with tm.boundary("Council data centre", trust=tg.Trust.INTERNAL):
    # Existing crematorium records system: applications, cremations and releases.
    records = tm.add(
        tg.DataStore(
            "Crematorium records system",
            stores={application, release},
            controls={c.EncryptionAtRest(), c.AuditLogging(retention_days=2555)},
        )
    )

with tm.boundary("Crematorium office", trust=tg.Trust.INTERNAL):
    # Bereavement services staff who hand over the ashes at the office.
    staff = tm.add(tg.Actor("Crematorium office staff", role="bereavement services officer"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, form, request, id_document, protocol="https")
tm.flow(form, applicant, request, protocol="https", label="submission receipt")
tm.flow(form, case_store, request, id_document)

tm.flow(case_store, checker, request, id_document, label="new request")
tm.flow(records, checker, application, protocol="https", label="lookup by cremation reference")
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, verdict, protocol="https")
tm.flow(checker, case_store, verdict)

tm.flow(staff, idp, sign_in, protocol="oidc")
tm.flow(idp, console, sign_in, protocol="oidc")
tm.flow(staff, console, release, protocol="https", label="confirms check and releases ashes")
tm.flow(case_store, console, case)
tm.flow(console, staff, case, protocol="https")
tm.flow(records, console, application, protocol="https")
tm.flow(console, records, release, protocol="https")
tm.flow(console, notify, appointment, protocol="https")
tm.flow(notify, applicant, appointment, protocol="smtp")
