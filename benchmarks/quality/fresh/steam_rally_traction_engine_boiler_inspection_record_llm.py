"""Steam rally entry system with LLM review of boiler and insurance papers (first design).

A volunteer-run steam rally takes entries for traction engines, rollers and
showman's engines through an online entry portal. Owners sign in with an e-mail
and password, enter their engine's details and upload the current boiler
inspection certificate (the competent person's report under the written scheme)
and the engine's insurance certificate, as PDFs or phone photos. A document
review service in the rally's cloud account sends each upload to a hosted LLM,
which reads the inspection date, the working pressure, the insurer and the
period of cover, and says whether the engine may steam on the showground. The
readings go into a steaming eligibility register; the rally engineer sees them
on a dashboard and confirms the list, which is printed for the gate marshals.
Owners are e-mailed if a document is missing or out of date. Controls: HTTPS,
upload type and size checks, encryption at rest for the documents and
two-factor sign-in for the engineer's dashboard.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Steam rally traction engine boiler inspection record LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Rally entries with an LLM reading boiler inspection and insurance certificates.",
)

# ---------------------------------------------------------------- data assets
owner_account = tg.Data(
    "Owner sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
engine_entry = tg.Data(
    "Engine entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, address, phone, engine make, works number and registration.",
)
boiler_certificate = tg.Data(
    "Boiler inspection certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
insurance_certificate = tg.Data(
    "Insurance certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_prompt = tg.Data(
    "Certificate review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the rally's steaming conditions and the uploaded document.",
)
llm_reading = tg.Data(
    "Certificate reading and steaming recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
eligibility = tg.Data(
    "Steaming eligibility status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
engineer_confirmation = tg.Data(
    "Engineer's confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
steaming_list = tg.Data("Steaming list", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
owner_notice = tg.Data("Owner notice e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Engine owners entering the rally from home.
    owner = tm.add(tg.Actor("Engine owner", role="exhibitor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model behind the vendor's API that reads PDFs and photos.
    llm = tm.add(
        tg.LLM(
            "Hosted document LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads certificates and recommends whether each engine may steam.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for entry receipts and document reminders.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Rally cloud account", trust=tg.Trust.INTERNAL):
    # Public entry form and document upload.
    portal = tm.add(
        tg.Endpoint(
            "Entry portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Owners see and edit only their own entries.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG or PNG only, 10 MB limit"),
            },
        )
    )
    # Owner accounts and engine entries.
    entry_db = tm.add(tg.DataStore("Entry database", stores={owner_account, engine_entry}))
    # Bucket holding the uploaded certificates.
    doc_store = tm.add(
        tg.DataStore(
            "Certificate document store",
            stores={boiler_certificate, insurance_certificate},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Picks up each new upload, asks the LLM to read it, records the result.
    review = tm.add(
        tg.Service(
            "Document review service",
            description="Runs on each new upload and writes the LLM's reading to the register.",
        )
    )
    # One row per entered engine: inspection expiry, pressure, cover dates, may-steam flag.
    register = tm.add(tg.DataStore("Steaming eligibility register", stores={eligibility}))
    # Where the rally engineer reviews the readings and confirms the steaming list.
    dashboard = tm.add(
        tg.Endpoint(
            "Engineer dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.HumanInTheLoop(approver="rally engineer", note="engineer confirms the list"),
            },
        )
    )

with tm.boundary("Rally office", trust=tg.Trust.INTERNAL):
    # The rally's boiler engineer, who signs off which engines may raise steam.
    engineer = tm.add(tg.Actor("Rally engineer", role="engineer", privileged=True))
    # Marshals at the engine park gate, working from the printed list.
    marshal = tm.add(tg.Actor("Gate marshal", role="marshal"))

# ---------------------------------------------------------------- flows
# Entry and upload
tm.flow(owner, portal, engine_entry, boiler_certificate, insurance_certificate, protocol="https")
tm.flow(portal, owner, engine_entry, eligibility, protocol="https", label="entry status")
tm.flow(portal, entry_db, engine_entry, owner_account)
tm.flow(entry_db, portal, engine_entry, owner_account)
tm.flow(portal, doc_store, boiler_certificate, insurance_certificate)

# LLM review
tm.flow(doc_store, review, boiler_certificate, insurance_certificate, label="on upload")
tm.flow(entry_db, review, engine_entry)
tm.flow(review, llm, review_prompt, protocol="https")
tm.flow(llm, review, llm_reading, protocol="https")
tm.flow(review, register, eligibility)
tm.flow(register, portal, eligibility)
tm.flow(review, mailer, owner_notice, protocol="https")
tm.flow(mailer, owner, owner_notice, protocol="smtp+starttls")

# Engineer sign-off and the gate
tm.flow(register, dashboard, eligibility)
tm.flow(doc_store, dashboard, boiler_certificate, insurance_certificate, label="view original")
tm.flow(
    dashboard, engineer, eligibility, boiler_certificate, insurance_certificate, protocol="https"
)
tm.flow(engineer, dashboard, engineer_confirmation, protocol="https")
tm.flow(dashboard, register, engineer_confirmation)
tm.flow(dashboard, marshal, steaming_list, label="printed")
