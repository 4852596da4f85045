"""Secondary school essay feedback LLM: the first design, before any security review.

Pupils (aged 11 to 18) upload essays to the school's hosted learning platform and
get written feedback from an LLM that an AI vendor fine-tuned for us on past
essays our teachers marked. The feedback service on the platform sends each new
essay to the fine-tuned model, stores the feedback beside the essay, and asks the
model for a class summary once a class's essays are in. Teachers read each
pupil's feedback and the class summary in the platform; marks are given only by
teachers, never by the model. Parents read their own child's feedback in the
parent app. A termly export job takes marked essays from the archive, strips
pupils' names and candidate numbers, and uploads them to the vendor, whose
fine-tuning job produces the model it then serves. Pupils and staff sign in with
the school's Microsoft 365 accounts (MFA for staff), parents with e-mail and
password; teachers see only their own classes; traffic is TLS throughout.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Secondary school essay feedback LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM feedback on pupils' essays, fine-tuned at an AI vendor on past marked essays; "
        "teachers keep the marks, parents read their child's feedback."
    ),
)

# ---------------------------------------------------------------- data assets
essay = tg.Data(
    "Pupil essay",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Uploaded Word or PDF file, with the pupil's name; essays can mention family and health.",
)
feedback = tg.Data(
    "Essay feedback",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
feedback_prompt = tg.Data(
    "Feedback prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the assignment brief and mark scheme, and the essay text.",
)
class_summary = tg.Data(
    "Class feedback summary", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
marked_essays = tg.Data(
    "Marked essays archive",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Past essays with teachers' marks and comments, by pupil.",
)
training_export = tg.Data(
    "Fine-tuning export",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Essay text with the teacher's comments and marks, names and candidate numbers removed.",
)
teacher_marks = tg.Data("Teacher marks and comments", sensitivity=tg.Sensitivity.PII, kind="labels")
tuned_model = tg.Data(
    "Fine-tuned model", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-artifact"
)
sign_in = tg.Data("Sign-in tokens", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pupils upload essays and read feedback from home or school devices.
    pupil = tm.add(tg.Actor("Pupil", role="student"))
    # Parents and carers read their own child's feedback.
    parent = tm.add(tg.Actor("Parent", role="parent or carer"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The school's identity provider for pupils and staff.
    idp = tm.add(tg.ExternalService("School Microsoft 365 sign-in", provides="identity-provider"))

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # The vendor's managed fine-tuning job, run each term on our export.
    fine_tuning = tm.add(
        tg.Pipeline(
            "Vendor fine-tuning job",
            stage=tg.Stage.FINE_TUNING,
            description="Fine-tunes the vendor's base model on the uploaded export.",
        )
    )
    # The fine-tuned model, served only through the vendor's API.
    feedback_llm = tm.add(
        tg.LLM(
            "Fine-tuned feedback LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="DPA signed; UK/EU hosting; data not used for other customers"
                )
            },
        )
    )

with tm.boundary("Learning platform (hosted)", trust=tg.Trust.INTERNAL):
    # The pupil- and teacher-facing web front of the learning platform.
    platform = tm.add(
        tg.Endpoint(
            "Learning platform web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="school Microsoft 365 single sign-on; MFA for staff accounts only"
                ),
                c.RBAC(note="teachers see only the classes they teach; pupils only their own work"),
            },
        )
    )
    # The parent app's backend.
    parent_api = tm.add(
        tg.Endpoint(
            "Parent app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Sends essays to the model and stores the feedback and class summaries.
    feedback_service = tm.add(tg.Service("Feedback service"))
    # Current essays with their feedback and class summaries.
    essay_store = tm.add(
        tg.DataStore(
            "Essay and feedback store",
            stores={essay, feedback, class_summary},
            controls={c.EncryptionAtRest(key_management="platform provider managed keys")},
        )
    )
    # Years of past essays with teachers' marks: the source of fine-tuning data.
    archive = tm.add(
        tg.DataStore(
            "Marked essay archive",
            stores={marked_essays},
            controls={c.EncryptionAtRest(key_management="platform provider managed keys")},
        )
    )
    # Builds the pseudonymised export and uploads it to the vendor.
    export_job = tm.add(
        tg.Pipeline(
            "Termly training export job",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.DataMinimization(note="names and candidate numbers removed; essay text kept")
            },
        )
    )

with tm.boundary("School network", trust=tg.Trust.INTERNAL):
    # Teachers review feedback and keep the marks.
    teacher = tm.add(tg.Actor("Teacher", role="subject teacher"))

# ---------------------------------------------------------------- flows
tm.flow(pupil, idp, sign_in, protocol="https", label="sign in")
tm.flow(idp, platform, sign_in, protocol="https", label="OIDC token")
tm.flow(pupil, platform, essay, protocol="https", label="upload")
tm.flow(platform, pupil, feedback, protocol="https")
tm.flow(platform, essay_store, essay, protocol="https")
tm.flow(essay_store, platform, feedback, class_summary, protocol="https")

tm.flow(essay_store, feedback_service, essay, protocol="https")
tm.flow(feedback_service, feedback_llm, feedback_prompt, protocol="https")
tm.flow(feedback_llm, feedback_service, feedback, class_summary, protocol="https")
tm.flow(feedback_service, essay_store, feedback, class_summary, protocol="https")

tm.flow(teacher, idp, sign_in, protocol="https", label="sign in")
tm.flow(platform, teacher, essay, feedback, class_summary, protocol="https")
tm.flow(teacher, platform, teacher_marks, protocol="https", label="marks and comments")
tm.flow(platform, archive, marked_essays, protocol="https")

tm.flow(parent, parent_api, sign_in, protocol="https", label="sign in")
tm.flow(essay_store, parent_api, feedback, protocol="https")
tm.flow(parent_api, parent, feedback, protocol="https")

tm.flow(archive, export_job, marked_essays, protocol="https")
tm.flow(export_job, fine_tuning, training_export, protocol="https", label="upload to vendor")
tm.flow(fine_tuning, feedback_llm, tuned_model, label="deploys the fine-tuned model")
