# Shared by the reference scripts: jsonlite prints at most 15 significant digits; `precise`
# marks every number to be written with 17, so each value round-trips exactly into JavaScript.
precise <- function(value) {
  if (is.list(value)) {
    result <- lapply(value, precise)
    names(result) <- names(value)
    return(result)
  }
  if (is.numeric(value)) {
    if (any(!is.finite(value))) stop("non-finite reference value")
    text <- sprintf("%.17g", value)
    return(structure(if (length(value) == 1) text else paste0("[", paste(text, collapse = ", "), "]"),
                     class = "json"))
  }
  value
}
