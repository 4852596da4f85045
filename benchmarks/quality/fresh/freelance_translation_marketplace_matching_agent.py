"""Translation job matching agent: the first design, before any security review.

A translation agency in the EU takes translation requests from business clients,
who upload their documents through the client portal; the documents are kept in
the agency's document store. An LLM agent, running on the agency's cloud and
calling a hosted LLM through the vendor's API, reads each new request and a
sample of the document, detects the language pair and subject area, searches the
vendor database for freelance translators by rates, availability and quality
scores, and sends the best candidates job offers by e-mail through a mail API.
Freelancers accept or decline in the freelancer portal (where they also keep
their profile, rates and availability up to date); the agent then books the job
in the job database, and the translator downloads the source files and uploads
the translation there. Project managers approve any booking above EUR 2,000.
Both portals use e-mail and password sign-in; documents are encrypted at rest;
the LLM vendor was reviewed and does not train on our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Translation job matching agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that matches client translation jobs to freelance translators.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Translation request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Client, target languages, deadline, budget and free-text instructions.",
)
documents = tg.Data(
    "Client source documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contracts, manuals, medical and legal texts; often contain personal data.",
)
translations = tg.Data(
    "Translated documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
doc_sample = tg.Data(
    "Document sample",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The first pages of the source text, read for language and subject detection.",
)
prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the request, the document sample and candidate translator profiles.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
profiles = tg.Data(
    "Translator profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail, language pairs, specialisms, rates, availability, quality scores.",
)
profile_update = tg.Data(
    "Profile and availability updates", kind="records", sensitivity=tg.Sensitivity.PII
)
search_call = tg.Data(
    "Translator search call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
offer = tg.Data(
    "Job offer e-mail",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Subject, word count, rate, deadline and a link to the freelancer portal.",
)
offer_mail = tg.Data("Job offer message", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
response = tg.Data(
    "Offer response",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accept or decline, with an optional note to the agency.",
)
booking = tg.Data(
    "Job booking",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Client, translator, agreed rate, job value and deadline.",
)
jobs = tg.Data("Job records", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
pm_approval = tg.Data("Booking approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Business clients ordering translations.
    client = tm.add(tg.Actor("Client", role="client"))
    # Self-employed translators registered with the agency.
    translator = tm.add(tg.Actor("Freelance translator", role="freelancer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on customer data")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional mail API that delivers the job offers.
    mail_api = tm.add(tg.ExternalService("Transactional mail API"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Where clients submit requests and upload documents, and fetch translations.
    client_portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size limits on uploads"),
            },
        )
    )
    # Where freelancers answer offers, keep their profile current and exchange files.
    freelancer_portal = tm.add(
        tg.Endpoint(
            "Freelancer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Holds client source documents and delivered translations.
    doc_store = tm.add(
        tg.DataStore(
            "Document store",
            stores={documents, translations},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # The LLM agent that classifies the job, picks translators, sends offers and books.
    agent = tm.add(
        tg.Agent(
            "Matching agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="project manager",
                    above="EUR 2,000 job value",
                    note="only bookings above the threshold wait for a project manager",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Translator profiles, rates, availability and quality scores.
    vendor_db = tm.add(tg.DataStore("Vendor database", stores={profiles}))
    # Read-only search over the vendor database by language pair, subject and rate.
    search_tool = tm.add(tg.Tool("Translator search tool", capabilities={"read"}))
    # Sends job offers to the chosen translators.
    offer_tool = tm.add(tg.Tool("Offer e-mail tool", capabilities={"send-messages"}))
    # Writes the booking into the job database once a translator accepts.
    booking_tool = tm.add(tg.Tool("Job booking tool", capabilities={"read", "write"}))
    # Jobs, assignments, agreed rates and status; the portals read it for access to files.
    job_db = tm.add(tg.DataStore("Job database", stores={jobs}))

with tm.boundary("Agency office network", trust=tg.Trust.INTERNAL):
    # Oversees jobs above the value threshold.
    pm = tm.add(tg.Actor("Project manager", role="project manager"))

# ---------------------------------------------------------------- flows
# Client intake
tm.flow(client, client_portal, request, documents, protocol="https")
tm.flow(client_portal, doc_store, documents)
tm.flow(client_portal, job_db, request)
tm.flow(client_portal, agent, request, label="new request event")
tm.flow(doc_store, client_portal, translations)
tm.flow(client_portal, client, translations, protocol="https")

# Classification and matching
tm.flow(doc_store, agent, doc_sample)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, search_tool, search_call)
tm.flow(vendor_db, search_tool, profiles)
tm.flow(search_tool, agent, profiles)

# Offers and acceptance
tm.flow(agent, offer_tool, offer)
tm.flow(vendor_db, offer_tool, profiles, label="translator e-mail address")
tm.flow(offer_tool, mail_api, offer_mail, protocol="https")
tm.flow(mail_api, translator, offer_mail, protocol="smtp")
tm.flow(translator, freelancer_portal, response, protocol="https")
tm.flow(freelancer_portal, agent, response, label="offer answered event")

# Booking and oversight
tm.flow(agent, booking_tool, booking)
tm.flow(booking_tool, job_db, booking)
tm.flow(job_db, booking_tool, jobs)
tm.flow(agent, pm, booking, protocol="https", label="approval request above EUR 2,000")
tm.flow(pm, agent, pm_approval, protocol="https")
tm.flow(job_db, pm, jobs, protocol="https", label="job dashboard")

# Freelancer work and profile
tm.flow(translator, freelancer_portal, profile_update, protocol="https")
tm.flow(freelancer_portal, vendor_db, profile_update)
tm.flow(job_db, freelancer_portal, jobs, label="assigned jobs")
tm.flow(doc_store, freelancer_portal, documents)
tm.flow(freelancer_portal, translator, documents, protocol="https")
tm.flow(translator, freelancer_portal, translations, protocol="https")
tm.flow(freelancer_portal, doc_store, translations)
