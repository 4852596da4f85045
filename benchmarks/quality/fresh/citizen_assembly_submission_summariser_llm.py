"""Citizens' assembly submission summariser: the first design, before any security review.

The government's assembly secretariat opens a public call for written submissions on
the assembly's policy question. Members of the public and organisations send them
through a submission portal on the assembly website, in the government's cloud tenancy.
A nightly summarisation service groups the submissions by theme and has a hosted LLM
(a vendor model under the government's AI framework contract) draft briefing papers for
the assembly's members. Secretariat officers check and edit every paper in a review
workbench before it is published; they also decide which submissions are published.
Assembly members sign in through the government identity service to a chat that
answers questions about the submissions from a vector index of them. Approved papers
and submissions are published on the public website. Controls in this design: TLS on
every internet link, file checks and a per-address quota on the portal, encrypted and
role-restricted submission storage, SSO with MFA for the secretariat, and the
secretariat's approval before anything is published.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Citizens' assembly submission summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Public submissions to a national citizens' assembly, grouped and summarised by an "
        "LLM into briefing papers the secretariat approves, with a Q&A chat for members."
    ),
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Written submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description=(
        "Text and attached PDFs, with the submitter's name, e-mail, organisation and "
        "consent to publish; often states political opinions and personal circumstances."
    ),
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.PII)
chunks = tg.Data(
    "Submission chunks and embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.PII,
    description="Passages of each submission with their vectors and submission id.",
)
summary_prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the theme and the full text of the submissions grouped under it.",
)
draft_paper = tg.Data(
    "Draft briefing paper",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_edits = tg.Data(
    "Secretariat edits and publication approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
published = tg.Data(
    "Published briefing papers and submissions",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Approved papers, and the submissions whose authors consented to publication.",
)
question = tg.Data("Member question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
query_vector = tg.Data("Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
chat_prompt = tg.Data(
    "Chat prompt with retrieved passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
)
chat_answer = tg.Data("Chat answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data("Member sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("Identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone may send a submission and read what is published: individuals and organisations.
    public = tm.add(tg.Actor("Member of the public", role="submitter and reader"))
    # Randomly selected citizens; they use their own devices from home.
    assembly_member = tm.add(tg.Actor("Assembly member", role="assembly member"))

with tm.boundary("Government identity service", trust=tg.Trust.PARTNER):
    # The cross-government sign-in service the members' accounts live in.
    idp = tm.add(
        tg.ExternalService(
            "Government sign-in service",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the briefing papers and the chat answers.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model bought under the government AI framework contract.",
            controls={c.SupplierAssessment(note="vetted for the framework contract, UK region")},
        )
    )
    # The same vendor's embedding model, for indexing submissions and embedding questions.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Government cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public form submissions arrive through.
    portal = tm.add(
        tg.Endpoint(
            "Submission portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.InputValidation(note="text length, PDF/DOCX only, 10 MB per file"),
                c.RateLimiting(requests_per_minute=10, note="per source address"),
            },
        )
    )
    # The assembly's public site, where approved papers and submissions appear.
    website = tm.add(tg.Endpoint("Public assembly website", purpose=tg.EndpointPurpose.API))
    # Groups submissions by theme and drafts a briefing paper per theme with the LLM.
    summariser = tm.add(
        tg.Service(
            "Nightly summarisation job",
            description="Clusters new submissions by theme and asks the LLM for a paper per theme.",
        )
    )
    # Where drafts wait for the secretariat.
    drafts = tm.add(tg.DataStore("Briefing paper drafts", stores={draft_paper}))
    # The secretariat's tool to check drafts against the submissions and approve publication.
    workbench = tm.add(
        tg.Service(
            "Secretariat review workbench",
            controls={
                c.Authentication(method="departmental SSO with MFA"),
                c.HumanInTheLoop(approver="secretariat officer"),
            },
        )
    )
    # Members' question-and-answer chat over the submissions.
    chat = tm.add(
        tg.Endpoint(
            "Members' submission chat",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC via government sign-in, password and SMS code")
            },
        )
    )

    with tm.boundary("Submission data tier", trust=tg.Trust.RESTRICTED):
        # System of record for every submission received.
        submission_db = tm.add(
            tg.DataStore(
                "Submission database",
                stores={submission},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Extracts text from attachments, chunks and embeds each new submission.
        ingestion = tm.add(tg.Pipeline("Submission indexing pipeline", stage=tg.Stage.INGESTION))
        # Retrieval index the members' chat answers from.
        index = tm.add(tg.VectorStore("Submission vector index", stores={chunks}))

with tm.boundary("Secretariat office network", trust=tg.Trust.INTERNAL):
    # Civil servants who run the assembly and own what is published.
    officer = tm.add(tg.Actor("Secretariat officer", role="secretariat staff", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# submissions in
tm.flow(public, portal, submission, protocol="https", controls={tls})
tm.flow(portal, public, receipt, protocol="https", controls={tls})
tm.flow(portal, submission_db, submission)

# indexing
tm.flow(submission_db, ingestion, submission)
tm.flow(ingestion, embedder, chunks, protocol="https")
tm.flow(embedder, ingestion, chunks, protocol="https")
tm.flow(ingestion, index, chunks)

# drafting briefing papers
tm.flow(submission_db, summariser, submission)
tm.flow(summariser, llm, summary_prompt, protocol="https")
tm.flow(llm, summariser, draft_paper, protocol="https")
tm.flow(summariser, drafts, draft_paper)

# secretariat review and publication
tm.flow(drafts, workbench, draft_paper)
tm.flow(submission_db, workbench, submission, label="source submissions for checking")
tm.flow(workbench, officer, draft_paper, submission, protocol="https")
tm.flow(officer, workbench, review_edits, protocol="https")
tm.flow(workbench, drafts, review_edits, label="edits")
tm.flow(workbench, website, published, review_edits, label="publish approved")
tm.flow(website, public, published, protocol="https", controls={tls})
tm.flow(website, assembly_member, published, protocol="https", controls={tls})

# members' chat
tm.flow(assembly_member, idp, sign_in, protocol="https")
tm.flow(idp, chat, id_token, protocol="https")
tm.flow(assembly_member, chat, question, protocol="https", controls={tls})
tm.flow(chat, embedder, question, protocol="https")
tm.flow(embedder, chat, query_vector, protocol="https")
tm.flow(chat, index, query_vector, label="similarity query")
tm.flow(index, chat, chunks, label="retrieved passages")
tm.flow(chat, llm, chat_prompt, protocol="https")
tm.flow(llm, chat, chat_answer, protocol="https")
tm.flow(chat, assembly_member, chat_answer, protocol="https", controls={tls})
