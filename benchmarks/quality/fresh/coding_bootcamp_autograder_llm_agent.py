"""Autograder agent for a coding bootcamp: the first design, before any security review.

Students of our EU-based online bootcamp submit assignment code through the submission
portal, signing in with their bootcamp LMS account. Each submission is stored and queued;
a grading orchestrator starts an LLM agent (a hosted model behind the vendor's API) with
the assignment's grading task. The agent reads the submission and the instructors' test
suite and rubric, runs the student's code against the tests in a container sandbox (which
installs the student's declared dependencies from the public package registry), reads
the test output, and writes feedback and a provisional grade to the LMS gradebook through
its API. Instructors confirm or change the grade before it becomes final and maintain the
tests and rubrics. Agent runs are capped in steps and every run's trace is kept; the portal
uses LMS sign-in and per-student quotas, and traffic to the vendor and the LMS is TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coding bootcamp autograder agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent runs students' submitted code against tests in a sandbox and writes "
        "feedback and a provisional grade."
    ),
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Student submission",
    kind="code",
    sensitivity=tg.Sensitivity.PII,
    description="The student's source files, README and dependency manifest, with their student id.",
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job = tg.Data("Grading job", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
task = tg.Data(
    "Grading task",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt with the assignment brief and grading instructions.",
)
tests = tg.Data(
    "Hidden test suite",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
rubric = tg.Data("Grading rubric", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
files_read = tg.Data("Files read", kind="tool-result", sensitivity=tg.Sensitivity.PII)
test_results = tg.Data(
    "Test run output",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Test pass/fail, stdout and stderr of the student's program.",
)
packages = tg.Data("Third-party packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
feedback = tg.Data(
    "Feedback and provisional grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
grades = tg.Data(
    "Gradebook records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lms_token = tg.Data("LMS API token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
trace = tg.Data("Agent run trace", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Submits code and reads feedback; the code is whatever the student wrote.
    student = tm.add(tg.Actor("Student", role="learner"))
    # Where the sandbox fetches the dependencies a submission declares.
    registry = tm.add(
        tg.ExternalService("Public package registry", provides=tg.ExternalCategory.PACKAGE_REGISTRY)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reasons about the code and writes the feedback.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose code-capable chat model behind the vendor's API.",
        )
    )

with tm.boundary("LMS vendor", trust=tg.Trust.PARTNER):
    # The bootcamp's hosted learning management system: accounts, courses and the gradebook.
    lms = tm.add(tg.ExternalService("Hosted LMS", description="Holds the gradebook records."))

with tm.boundary("Grading platform", trust=tg.Trust.INTERNAL):
    # Receives uploads from students.
    portal = tm.add(
        tg.Endpoint(
            "Submission portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC sign-in with the student's LMS account"),
                c.RateLimiting(requests_per_minute=10),
            },
        )
    )
    # Keeps every submission for grading and plagiarism checks.
    submissions = tm.add(
        tg.DataStore(
            "Submission store",
            stores={submission},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Instructors' tests and rubrics, in a private Git repository.
    test_repo = tm.add(tg.DataStore("Test suite repository", stores={tests, rubric}))
    # Picks jobs off the queue and starts one agent run per submission.
    orchestrator = tm.add(tg.Service("Grading orchestrator"))
    # The LLM agent that drives the grading.
    agent = tm.add(
        tg.Agent(
            "Grading agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Lets the agent read the submission's files and the rubric.
    reader = tm.add(tg.Tool("Repository reader tool", capabilities={"read"}))
    # Runs the submission against the tests.
    sandbox = tm.add(
        tg.Tool(
            "Sandbox test runner",
            capabilities={"execute-code", "network-egress"},
            description="Ephemeral container per run; network open so that dependencies install.",
            controls={c.Sandboxing(note="one ephemeral container per run, CPU and time limits")},
        )
    )
    # Posts feedback and the provisional grade to the LMS.
    gradebook_tool = tm.add(
        tg.Tool(
            "Gradebook writer tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(approver="the course instructor confirms the final grade"),
            },
        )
    )
    # Full trace of each agent run, for instructors and disputes.
    trace_store = tm.add(
        tg.DataStore("Agent run log", stores={trace}, controls={c.AuditLogging(retention_days=180)})
    )

with tm.boundary("Staff workstations", trust=tg.Trust.INTERNAL):
    # Writes tests and rubrics, confirms grades, looks into disputes.
    instructor = tm.add(tg.Actor("Instructor", role="teaching staff"))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2+")}

tm.flow(student, portal, submission, protocol="https", controls=tls)
tm.flow(portal, student, receipt, protocol="https", controls=tls)
tm.flow(portal, submissions, submission)
tm.flow(portal, orchestrator, job, label="enqueue")
tm.flow(test_repo, orchestrator, rubric, label="assignment config")
tm.flow(orchestrator, agent, task, job)

tm.flow(agent, llm, prompt, protocol="https", controls=tls)
tm.flow(llm, agent, completion, protocol="https", controls=tls)

tm.flow(agent, reader, tool_call)
tm.flow(submissions, reader, submission)
tm.flow(test_repo, reader, rubric)
tm.flow(reader, agent, files_read)

tm.flow(agent, sandbox, tool_call, label="run tests")
tm.flow(submissions, sandbox, submission, label="checkout")
tm.flow(test_repo, sandbox, tests, label="checkout")
tm.flow(sandbox, registry, packages, protocol="https", label="package download request")
tm.flow(registry, sandbox, packages, protocol="https")
tm.flow(sandbox, agent, test_results)

tm.flow(agent, gradebook_tool, feedback)
tm.flow(gradebook_tool, lms, feedback, lms_token, protocol="https", controls=tls)
tm.flow(lms, student, feedback, grades, protocol="https")
tm.flow(instructor, lms, grades, protocol="https", label="confirm final grade")
tm.flow(lms, instructor, feedback, protocol="https")

tm.flow(instructor, test_repo, tests, rubric, protocol="ssh", label="git push")
tm.flow(agent, trace_store, trace)
tm.flow(trace_store, instructor, trace, protocol="https", label="review run")
