"""Film studio script coverage with an LLM: the first design, before any security review.

A London film production company receives unsolicited scripts through a public
submission form on its website (the writer accepts a release form on the page) and
scripts that literary agents e-mail to its agency submissions mailbox. An intake
service files every script with its release form in a write-once document store,
which is the company's evidence that it did not copy ideas from scripts it passed on.
A coverage generator sends each script with the coverage template to a hosted LLM,
whose vendor was vetted and contracted not to train on inputs, and stores the draft
coverage (synopsis, assessment, recommendation) beside the script. Script readers,
most of them freelancers working remotely, check and correct the coverage in a
reader workbench behind company single sign-on and recommend scripts to development
executives, who track them on the development slate. The submission form is
rate-limited and accepts only PDFs up to a size limit; the document store logs who
opened what.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Film studio script coverage LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted coverage of submitted scripts, checked by readers, "
    "with submissions kept as evidence against idea-theft claims.",
)

# ---------------------------------------------------------------- data assets
script = tg.Data(
    "Script",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Unpublished screenplay, the writer's intellectual property.",
)
contact = tg.Data("Writer contact details", sensitivity=tg.Sensitivity.PII, kind="records")
release_form = tg.Data(
    "Signed release form",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The writer's acceptance of the submission terms, with name and date.",
)
agency_email = tg.Data(
    "Agency submission e-mail",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Cover note from the agent with the script attached.",
)
receipt = tg.Data("Submission receipt", sensitivity=tg.Sensitivity.PII, kind="records")
coverage_prompt = tg.Data(
    "Coverage prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="The coverage template and instructions with the full script text.",
)
draft_coverage = tg.Data(
    "Draft coverage", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
coverage = tg.Data(
    "Reviewed coverage",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
recommendation = tg.Data(
    "Reader recommendation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
exec_notes = tg.Data("Executive notes", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
access_log = tg.Data("Document access log", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone may send an unsolicited script through the website.
    writer = tm.add(tg.Actor("Writer", role="unsolicited submitter"))
    # Literary agents send their clients' scripts by e-mail.
    lit_agent = tm.add(tg.Actor("Literary agent", role="writer's representative"))
    # Readers are mostly freelancers, working from home.
    reader = tm.add(tg.Actor("Script reader", role="freelance reader"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the first draft of every coverage report.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms: no training on inputs")},
            description="Long-context general-purpose model behind the vendor's API.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Public upload form for unsolicited scripts, with the release form on the page.
    submission_site = tm.add(
        tg.Endpoint(
            "Script submission website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=10),
                c.InputValidation(note="PDF only, 20 MB limit"),
            },
        )
    )
    # The agency submissions address on the company's hosted mail service.
    mailbox = tm.add(tg.Service("Agency submissions mailbox"))
    # Files each script with its release form and contact details.
    intake = tm.add(tg.Service("Submission intake service"))
    # Builds the coverage prompt, calls the LLM and stores the draft.
    generator = tm.add(tg.Service("Coverage generator"))
    # Where readers read scripts, correct coverage and recommend.
    workbench = tm.add(
        tg.Endpoint(
            "Reader workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # Scripts the development team is tracking or developing.
    slate = tm.add(tg.DataStore("Development slate tracker", stores={recommendation, exec_notes}))

    with tm.boundary("Submissions archive", trust=tg.Trust.RESTRICTED):
        # The record of what was submitted, when, under which release, and who read it.
        doc_store = tm.add(
            tg.DataStore(
                "Submissions document store",
                stores={script, contact, release_form, draft_coverage, coverage, access_log},
                controls={
                    c.ImmutableArtifacts(note="write-once retention on scripts and coverage"),
                    c.AuditLogging(retention_days=3650),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Decides which recommended scripts the company takes further.
    executive = tm.add(tg.Actor("Development executive", role="development staff"))

# ---------------------------------------------------------------- flows
tm.flow(writer, submission_site, script, release_form, contact, protocol="https")
tm.flow(submission_site, writer, receipt, protocol="https")
tm.flow(submission_site, intake, script, release_form, contact)

tm.flow(lit_agent, mailbox, agency_email, protocol="smtp")
tm.flow(mailbox, intake, agency_email, protocol="https", label="mailbox API poll")
tm.flow(intake, doc_store, script, release_form, contact)

tm.flow(doc_store, generator, script)
tm.flow(generator, llm, coverage_prompt, protocol="https")
tm.flow(llm, generator, draft_coverage, protocol="https")
tm.flow(generator, doc_store, draft_coverage)

tm.flow(doc_store, workbench, script, draft_coverage)
tm.flow(workbench, reader, script, draft_coverage, protocol="https")
tm.flow(reader, workbench, coverage, recommendation, protocol="https")
tm.flow(workbench, doc_store, coverage, access_log)
tm.flow(workbench, slate, recommendation)

tm.flow(workbench, executive, coverage, recommendation, protocol="https")
tm.flow(executive, workbench, exec_notes, protocol="https")
tm.flow(workbench, slate, exec_notes, label="slate update")
tm.flow(slate, workbench, recommendation, exec_notes)
