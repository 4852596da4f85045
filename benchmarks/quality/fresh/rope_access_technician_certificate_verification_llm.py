"""Rope-access technician certificate verification: the first design, before any security review.

A UK building maintenance contractor must not put a rope-access technician on a job
without a current certificate at the right level. Technicians (staff and agency
freelancers) upload photos of their certificate cards to a web portal.
A verification service in the contractor's cloud account sends each photo to a
hosted vision LLM, which reads the holder's name, level, certificate number and
expiry date; the service then looks the number up in the certifying body's public
register API and records whether the register agrees and when the card expires.
Site supervisors see the result beside the photo in a console, and approve or refuse
each technician's assignment to a crew in the job assignment system. Clients log in
to a portal to see the certification status of the crew on their site; technicians
get e-mails when a check fails or a card nears expiry. Controls: supervisor approval of every assignment, office SSO with
MFA for supervisors, password logins for technicians and clients, upload checks,
JSON-schema output from the LLM and encrypted photo storage.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Rope-access certificate verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM reading of rope-access certificate photos, checked against the certifying "
        "body's register, before a supervisor approves technicians for jobs."
    ),
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "Certificate photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of the certificate card: holder's name, photo, level, number, expiry.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
profile = tg.Data(
    "Technician profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, phone, e-mail, employer or agency.",
)
prompt = tg.Data(
    "Extraction prompt with certificate photo",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
)
extracted = tg.Data(
    "Extracted certificate details",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Holder name, level (1-3), certificate number and expiry date, as JSON.",
)
register_query = tg.Data("Register lookup", kind="records", sensitivity=tg.Sensitivity.PII)
register_entry = tg.Data(
    "Register entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The certifying body's record for the number: name, level, validity.",
)
verification = tg.Data(
    "Verification result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
assignment_approval = tg.Data("Assignment approval", kind="records", sensitivity=tg.Sensitivity.PII)
assignment = tg.Data("Crew assignment", kind="records", sensitivity=tg.Sensitivity.PII)
crew_status = tg.Data(
    "Crew certification status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per technician on the client's site: name, level and certificate expiry.",
)
status_request = tg.Data("Crew status request", kind="records")
notice = tg.Data(
    "Certificate notification e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff and agency rope-access technicians, who upload their own certificates.
    technician = tm.add(tg.Actor("Rope-access technician", role="technician"))
    # Building owners and facilities managers who check the crew on their site.
    client = tm.add(tg.Actor("Client facilities manager", role="client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the certificate card from the photo.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General multimodal model behind the vendor's API, prompted to return JSON.",
        )
    )

with tm.boundary("Certifying body", trust=tg.Trust.PARTNER):
    # The certifying body's public certificate register, queried by number and surname.
    register = tm.add(
        tg.ExternalService(
            "Certificate register API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Public, unauthenticated lookup API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for failed checks and expiry reminders.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Contractor cloud", trust=tg.Trust.INTERNAL):
    # Where technicians register and upload certificate photos.
    tech_portal = tm.add(
        tg.Endpoint(
            "Technician portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG/PNG/PDF only, 10 MB limit"),
            },
        )
    )
    # Where clients see their crew's certification status.
    client_portal = tm.add(
        tg.Endpoint(
            "Client status portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="client accounts see only crews assigned to their sites"),
            },
        )
    )
    # Runs each check: LLM extraction, register lookup, comparison and expiry date.
    verifier = tm.add(
        tg.Service(
            "Certificate verification service",
            controls={
                c.SchemaEnforcement(note="LLM output must match the certificate JSON schema")
            },
        )
    )
    # Supervisors review results and photos and approve or refuse assignments.
    console = tm.add(
        tg.Endpoint(
            "Supervisor console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft Entra ID SSO with MFA")},
        )
    )
    # Puts approved technicians on crews for jobs.
    job_system = tm.add(
        tg.Service(
            "Job assignment system",
            controls={c.HumanInTheLoop(approver="site supervisor")},
        )
    )

    with tm.boundary("Contractor data tier", trust=tg.Trust.RESTRICTED):
        # Uploaded certificate photos.
        image_store = tm.add(
            tg.DataStore(
                "Certificate image store",
                stores={photo},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Technicians, their certificates, verification results and crew assignments.
        records = tm.add(
            tg.DataStore(
                "Technician records database",
                stores={profile, extracted, verification, assignment},
            )
        )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Approves each technician's assignment after looking at the check.
    supervisor = tm.add(tg.Actor("Site supervisor", role="supervisor"))

# ---------------------------------------------------------------- flows
tm.flow(technician, tech_portal, photo, profile, protocol="https")
tm.flow(tech_portal, technician, verification, protocol="https")
tm.flow(tech_portal, image_store, photo)
tm.flow(tech_portal, records, profile)
tm.flow(records, tech_portal, verification, profile)

tm.flow(image_store, verifier, photo)
tm.flow(records, verifier, profile)
tm.flow(verifier, llm, prompt, protocol="https")
tm.flow(llm, verifier, extracted, protocol="https")
tm.flow(verifier, register, register_query, protocol="https")
tm.flow(register, verifier, register_entry, protocol="https")
tm.flow(verifier, records, extracted, verification)
tm.flow(verifier, mailer, notice, protocol="https")
tm.flow(mailer, technician, notice, protocol="smtp")

tm.flow(records, console, verification, extracted, profile)
tm.flow(image_store, console, photo)
tm.flow(console, supervisor, verification, extracted, photo, protocol="https")
tm.flow(supervisor, console, assignment_approval, protocol="https")
tm.flow(console, job_system, assignment_approval)
tm.flow(job_system, records, assignment)
tm.flow(records, job_system, verification, assignment)

tm.flow(client, client_portal, status_request, protocol="https")
tm.flow(records, client_portal, crew_status)
tm.flow(client_portal, client, crew_status, protocol="https")
