"""Assignment integrity checker: the first design, before any security review.

An online course provider serving students across the EU adds an integrity check to
its learning platform. When a student uploads a written assignment, an orchestrator
splits it into passages, embeds them with an open-weights embedding model we host,
and looks up the closest passages among the course materials and all past
submissions in a similarity index. It then sends the submission and the matches to
a hosted LLM, which judges whether passages are copied, paraphrased or AI-generated
and returns a likelihood score with an explanation. Scores above a threshold become
integrity flags that tutors review in a tutor console; a tutor decides whether to
open a misconduct case, and the student is told the outcome through the platform.
Students sign in with e-mail and password; tutors, who work remotely, sign in
through the provider's SSO with MFA. Submissions are encrypted at rest, uploads are
type- and size-checked, and traffic to the platform and the LLM vendor uses TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Assignment plagiarism and paraphrase detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM-assisted detection of copied, paraphrased or AI-generated assignments, "
        "flagged to tutors for review."
    ),
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Assignment submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The student's essay or report file, with their name and student number.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.PII)
materials = tg.Data(
    "Course materials",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lecture notes, readings and model answers; licensed and copyrighted.",
)
passages = tg.Data("Submission passages", kind="documents", sensitivity=tg.Sensitivity.PII)
embeddings = tg.Data("Passage embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
matches = tg.Data(
    "Matched source passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="Nearest passages from course materials and other students' past work.",
)
prompt = tg.Data(
    "Detection prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the submission passages and the matched source passages.",
)
assessment = tg.Data(
    "Paraphrase likelihood assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-passage likelihood of copying, paraphrase or AI generation, with reasons.",
)
flag = tg.Data(
    "Integrity flag and evidence report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
decision = tg.Data("Tutor misconduct decision", kind="records", sensitivity=tg.Sensitivity.PII)
outcome = tg.Data("Integrity outcome notice", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students submit work from their own devices; anyone can enrol in an open course.
    student = tm.add(tg.Actor("Student", role="learner"))
    # Tutors are remote associate lecturers working from their own laptops.
    tutor = tm.add(tg.Actor("Tutor", role="tutor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The judgement itself: a general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Paraphrase detection LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Compares a submission with its matches and scores each passage.",
            controls={
                c.SupplierAssessment(note="DPA signed; vendor does not train on our prompts"),
            },
        )
    )

with tm.boundary("Course platform cloud", trust=tg.Trust.INTERNAL):
    # The student-facing learning platform where assignments are uploaded.
    platform = tm.add(
        tg.Endpoint(
            "Learning platform",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF/DOCX only, 20 MB limit"),
            },
        )
    )
    # Where tutors see flags with the evidence and record their decision.
    console = tm.add(
        tg.Endpoint(
            "Tutor review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="provider SSO (OIDC) with MFA"),
                c.RBAC(note="tutors see flags for the modules they teach"),
            },
        )
    )
    # Runs each new submission through retrieval and the LLM and raises flags.
    orchestrator = tm.add(
        tg.Service(
            "Integrity check orchestrator",
            description="Chunks, embeds, retrieves matches, prompts the LLM, applies the flag threshold.",
            controls={
                c.HumanInTheLoop(
                    approver="the module tutor decides on every flag before any case opens"
                ),
            },
        )
    )
    # Sentence-embedding model we host on our own GPU nodes.
    embedder = tm.add(
        tg.Model(
            "Passage embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Keeps the similarity index current as materials and submissions arrive.
    indexer = tm.add(
        tg.Pipeline(
            "Corpus indexing pipeline",
            stage=tg.Stage.INGESTION,
            description="Embeds new course materials and every accepted submission.",
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # System of record for all uploaded assignments.
        submission_store = tm.add(
            tg.DataStore(
                "Submission store",
                stores={submission},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Authoritative copy of each module's teaching materials.
        materials_repo = tm.add(tg.DataStore("Course materials repository", stores={materials}))
        # Nearest-neighbour index over materials and all past submissions.
        index = tm.add(tg.VectorStore("Similarity index", stores={embeddings, passages, materials}))
        # Flags, evidence reports and tutors' decisions.
        case_store = tm.add(tg.DataStore("Integrity case store", stores={flag, decision}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who publish and update module content.
    author = tm.add(tg.Actor("Course author", role="content staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(student, platform, submission, protocol="https", controls={tls})
tm.flow(platform, student, receipt, outcome, protocol="https", controls={tls})
tm.flow(platform, submission_store, submission)

tm.flow(submission_store, orchestrator, submission, label="new submission event")
tm.flow(orchestrator, embedder, passages)
tm.flow(embedder, orchestrator, embeddings)
tm.flow(orchestrator, index, embeddings, label="nearest-neighbour query")
tm.flow(index, orchestrator, matches)
tm.flow(orchestrator, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, assessment, protocol="https", controls={tls})
tm.flow(orchestrator, case_store, flag, label="score above threshold")

tm.flow(case_store, console, flag)
tm.flow(console, tutor, flag, protocol="https", controls={tls})
tm.flow(tutor, console, decision, protocol="https", controls={tls})
tm.flow(console, case_store, decision)
tm.flow(case_store, platform, outcome, label="decision released to the student")

tm.flow(author, materials_repo, materials, protocol="https")
tm.flow(materials_repo, indexer, materials)
tm.flow(submission_store, indexer, submission, label="accepted submissions join the corpus")
tm.flow(indexer, embedder, passages)
tm.flow(embedder, indexer, embeddings)
tm.flow(indexer, index, embeddings, passages, materials)
