"""Story texts shared by the text reader's tests: a body of prose that closes its sentences, read as the article."""

STORM_STORY = ("The storm brought heavy rain across Texas on Tuesday, flooding roads and cutting power to thousands of "
               "homes. Officials said the worst was over by the evening, but warned of more rain later in the week.\n\n"
               "Schools in several districts will stay closed on Wednesday.\n")
